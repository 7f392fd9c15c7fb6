<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>Admin</name>
    <message>
        <source>Enter the person&apos;s full name as colleagues know it.</source>
        <translation>Escriba el nombre completo de la persona tal como la conocen sus colegas.</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Agregar una cuenta</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>A&amp;gregar cuenta</translation>
    </message>
    <message>
        <source>Give the person their initial password in person, never by email.</source>
        <translation>Entregue a la persona su contraseña inicial en persona, nunca por correo electrónico.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation>Contraseña &amp;inicial:</translation>
    </message>
    <message>
        <source>This account cannot be created yet.</source>
        <translation>Todavía no se puede crear esta cuenta.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Restablecer una contraseña</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
    </message>
    <message>
        <source>New password for {name} ({username}). Give it to them in person, never by email.</source>
        <translation>Nueva contraseña para {name} ({username}). Entréguesela en persona, nunca por correo electrónico.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>This password cannot be used.</source>
        <translation>No se puede usar esta contraseña.</translation>
    </message>
    <message>
        <source>Saving the new password…</source>
        <translation>Guardando la nueva contraseña…</translation>
    </message>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirme que es usted</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>C&amp;onfirmar</translation>
    </message>
    <message>
        <source>{purpose} Type your password to go on.</source>
        <translation>{purpose} Escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>6 dígitos de su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Two-step &amp;code:</source>
        <translation>Códi&amp;go de dos pasos:</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Consejero(a)</translation>
    </message>
    <message>
        <source>Peer specialist</source>
        <translation>Especialista de apoyo entre pares</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor(a)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador(a)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Bloqueada hasta</translation>
    </message>
    <message>
        <source>Sign-in is paused after repeated wrong passwords (local time)</source>
        <translation>El inicio de sesión se pausa tras varias contraseñas incorrectas (hora local)</translation>
    </message>
    <message>
        <source>Two-step</source>
        <translation>Dos pasos</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Signs in with a code from an authenticator app as well</source>
        <translation>También inicia sesión con un código de una aplicación de autenticación</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>R&amp;eactivate</source>
        <translation>R&amp;eactivar</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; another administrator can.</source>
        <translation>No puede desactivar su propia cuenta; otro administrador sí puede.</translation>
    </message>
    <message>
        <source>intact ({count} entries checked)</source>
        <translation>íntegro ({count} entradas verificadas)</translation>
    </message>
    <message>
        <source>TAMPERED: one or more entries before entry #{seq} were deleted</source>
        <translation>ALTERADO: se eliminaron una o más entradas anteriores a la entrada n.º {seq}</translation>
    </message>
    <message>
        <source>TAMPERED: entry #{seq} was moved out of its place (reordered)</source>
        <translation>ALTERADO: la entrada n.º {seq} se movió de su lugar (se reordenó)</translation>
    </message>
    <message>
        <source>TAMPERED: entry #{seq} was inserted; it is not part of the chain</source>
        <translation>ALTERADO: la entrada n.º {seq} se insertó; no forma parte de la cadena</translation>
    </message>
    <message>
        <source>TAMPERED: entry #{seq} was edited after it was written</source>
        <translation>ALTERADO: la entrada n.º {seq} se modificó después de escribirse</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>A&amp;gregar cuenta…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>Reset &amp;two-step sign-in…</source>
        <translation>Restablecer inicio de sesión en dos &amp;pasos…</translation>
    </message>
    <message>
        <source>For someone who lost the phone with their authenticator app</source>
        <translation>Para quien perdió el teléfono con su aplicación de autenticación</translation>
    </message>
    <message>
        <source>&amp;Verify audit trail</source>
        <translation>&amp;Verificar registro de auditoría</translation>
    </message>
    <message>
        <source>Enroll a &amp;workstation…</source>
        <translation>Inscribir una estación de &amp;trabajo…</translation>
    </message>
    <message>
        <source>Write a one-time enrollment file that gives another workstation this database&apos;s keys.</source>
        <translation>Escribir un archivo de inscripción de un solo uso que da a otra estación de trabajo las claves de esta base de datos.</translation>
    </message>
    <message>
        <source>Audit trail check</source>
        <translation>Verificación del registro de auditoría</translation>
    </message>
    <message>
        <source>{accounts}, {active} active</source>
        <translation>{accounts}, {active} activas</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>cuentas</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Primero seleccione una cuenta.</translation>
    </message>
    <message>
        <source>Added {role} account “{username}” for {name}.</source>
        <translation>Se agregó la cuenta de {role} “{username}” para {name}.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <source>Deactivate the account of {name} ({username})? They cannot sign in until an administrator reactivates it. Their records stay as they are.</source>
        <translation>¿Desactivar la cuenta de {name} ({username})? No podrá iniciar sesión hasta que un administrador la reactive. Sus registros se quedan como están.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>The account of {name} is reactivated.</source>
        <translation>La cuenta de {name} está reactivada.</translation>
    </message>
    <message>
        <source>The account of {name} is deactivated.</source>
        <translation>La cuenta de {name} está desactivada.</translation>
    </message>
    <message>
        <source>A new password lets whoever knows it sign in as {name}.</source>
        <translation>Una nueva contraseña permite que quien la conozca inicie sesión como {name}.</translation>
    </message>
    <message>
        <source>The password of {name} was reset; they can sign in with it now.</source>
        <translation>Se restableció la contraseña de {name}; ya puede iniciar sesión con ella.</translation>
    </message>
    <message>
        <source>Reset two-step sign-in</source>
        <translation>Restablecer inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <source>Turn off two-step sign-in for {name} ({username})? They sign in with their password alone until they set it up again on their new phone. Check who is asking before you do this.</source>
        <translation>¿Desactivar el inicio de sesión en dos pasos de {name} ({username})? Iniciará sesión solo con su contraseña hasta que lo vuelva a configurar en su nuevo teléfono. Compruebe quién lo pide antes de hacerlo.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Without two-step sign-in, {name}&apos;s password alone opens their account.</source>
        <translation>Sin inicio de sesión en dos pasos, la contraseña de {name} basta para abrir su cuenta.</translation>
    </message>
    <message>
        <source>Two-step sign-in is off for {name}; they can set it up again from Session → Two-step sign-in.</source>
        <translation>El inicio de sesión en dos pasos está desactivado para {name}; puede volver a configurarlo en Sesión → Inicio de sesión en dos pasos.</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Verificando el registro de auditoría…</translation>
    </message>
    <message>
        <source>Audit trail checked at {time}: {result}.</source>
        <translation>Registro de auditoría verificado ({time}): {result}.</translation>
    </message>
    <message>
        <source>{text} Tell your security officer; do not change anything else.</source>
        <translation>{text} Avise a su responsable de seguridad; no cambie nada más.</translation>
    </message>
    <message>
        <source>The audit trail could not be checked.</source>
        <translation>No se pudo verificar el registro de auditoría.</translation>
    </message>
    <message>
        <source>An enrollment file carries this database&apos;s keys.</source>
        <translation>Un archivo de inscripción lleva las claves de esta base de datos.</translation>
    </message>
    <message>
        <source>Wrote the enrollment file {path}. It enrolls one workstation, once, until {expires}.</source>
        <translation>Se escribió el archivo de inscripción {path}. Inscribe una sola estación de trabajo, una sola vez, hasta el {expires}.</translation>
    </message>
</context>
<context>
    <name>CallStatus</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Firmada por {name}</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>{app} cannot start</source>
        <translation>{app} no puede iniciarse</translation>
    </message>
    <message>
        <source>Something went wrong; nothing you typed was lost.</source>
        <translation>Algo salió mal; no se perdió nada de lo que escribió.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, tell your administrator; the details are in the log file.</source>
        <translation>Vuelva a intentarlo. Si sigue ocurriendo, avise a su administrador; los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} filas</translation>
    </message>
    <message>
        <source>{summary} · updated {time}</source>
        <translation>{summary} · actualizado: {time}</translation>
    </message>
    <message>
        <source>{summary} · could not update</source>
        <translation>{summary} · no se pudo actualizar</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>At least {minimum} characters. A few unrelated words make a long password that is easy to remember; no digits or symbols are required.</source>
        <translation>Al menos {minimum} caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña larga y fácil de recordar; no se requieren números ni símbolos.</translation>
    </message>
    <message>
        <source>This password can be used.</source>
        <translation>Se puede usar esta contraseña.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>C&amp;onfirmar contraseña:</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>This workstation is not enrolled for this database.</source>
        <translation>Esta estación de trabajo no está inscrita para esta base de datos.</translation>
    </message>
    <message>
        <source>An enrollment passphrase is {groups} groups of {length} letters and digits, like 7KQM-3XHP-…</source>
        <translation>Una frase de contraseña de inscripción tiene {groups} grupos de {length} letras y números, como 7KQM-3XHP-…</translation>
    </message>
    <message>
        <source>The database at {location} protects its records with keys this workstation does not hold, so nothing can be shown or saved here yet.

An administrator enrolls this workstation: on the Admin page of their workstation, “Enroll a workstation…” writes an enrollment file and shows a one-time passphrase. Bring the file here, then import it with the passphrase.</source>
        <translation>La base de datos en {location} protege sus registros con claves que esta estación de trabajo no tiene, así que todavía no se puede mostrar ni guardar nada aquí.

Un administrador inscribe esta estación de trabajo: en la página Administración de su estación de trabajo, “Inscribir una estación de trabajo…” escribe un archivo de inscripción y muestra una frase de contraseña de un solo uso. Traiga el archivo aquí y luego impórtelo con la frase de contraseña.</translation>
    </message>
    <message>
        <source>Give this passphrase separately from the file: read it aloud or hand it over in person, never in the same email, message or USB stick. It is shown only now and kept nowhere. The file works once, on one workstation, until {expires}.</source>
        <translation>Entregue esta frase de contraseña por separado del archivo: léala en voz alta o entréguela en persona, nunca en el mismo correo electrónico, mensaje o memoria USB. Solo se muestra ahora y no se guarda en ningún lugar. El archivo funciona una sola vez, en una sola estación de trabajo, hasta el {expires}.</translation>
    </message>
    <message>
        <source>Enrollment files ({patterns});;All files (*)</source>
        <translation>Archivos de inscripción ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the enrollment file</source>
        <translation>Elegir el archivo de inscripción</translation>
    </message>
    <message>
        <source>Write the enrollment file</source>
        <translation>Escribir el archivo de inscripción</translation>
    </message>
    <message>
        <source>Import an enrollment file</source>
        <translation>Importar un archivo de inscripción</translation>
    </message>
    <message>
        <source>&amp;Enroll this workstation</source>
        <translation>&amp;Inscribir esta estación de trabajo</translation>
    </message>
    <message>
        <source>Choose the file your administrator gave you and type the passphrase they told you separately. Case, spaces and dashes do not matter.</source>
        <translation>Elija el archivo que le dio su administrador y escriba la frase de contraseña que le comunicó por separado. No importan las mayúsculas, los espacios ni los guiones.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Replace keys this workstation already holds for this database</source>
        <translation>&amp;Reemplazar las claves que esta estación de trabajo ya tiene para esta base de datos</translation>
    </message>
    <message>
        <source>Only when an administrator has confirmed that the keys held here are wrong.</source>
        <translation>Solo cuando un administrador haya confirmado que las claves que hay aquí son incorrectas.</translation>
    </message>
    <message>
        <source>Choose the enrollment file.</source>
        <translation>Elija el archivo de inscripción.</translation>
    </message>
    <message>
        <source>Type the passphrase. {shape}</source>
        <translation>Escriba la frase de contraseña. {shape}</translation>
    </message>
    <message>
        <source>The workstation cannot be enrolled yet.</source>
        <translation>Todavía no se puede inscribir la estación de trabajo.</translation>
    </message>
    <message>
        <source>Checking the passphrase and enrolling this workstation…</source>
        <translation>Verificando la frase de contraseña e inscribiendo esta estación de trabajo…</translation>
    </message>
    <message>
        <source>{app}: workstation not enrolled</source>
        <translation>{app}: estación de trabajo no inscrita</translation>
    </message>
    <message>
        <source>&amp;Import enrollment file…</source>
        <translation>&amp;Importar archivo de inscripción…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Enrollment file written</source>
        <translation>Archivo de inscripción escrito</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>Frase de contraseña de un solo uso</translation>
    </message>
    <message>
        <source>Wrote the enrollment file {path}.</source>
        <translation>Se escribió el archivo de inscripción {path}.</translation>
    </message>
    <message>
        <source>I have &amp;noted it</source>
        <translation>Ya la &amp;anoté</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>This database has no accounts yet. Create the first administrator account; you will sign in with it next and can then add your colleagues&apos; accounts.</source>
        <translation>Esta base de datos todavía no tiene cuentas. Cree la primera cuenta de administrador; luego iniciará sesión con ella y podrá agregar las cuentas de sus colegas.</translation>
    </message>
    <message>
        <source>Enter the full name colleagues know you by.</source>
        <translation>Escriba el nombre completo con el que lo conocen sus colegas.</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Crear el primer administrador</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>C&amp;rear administrador</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>The administrator account cannot be created yet.</source>
        <translation>Todavía no se puede crear la cuenta de administrador.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
    <message>
        <source>Tour: the main window</source>
        <translation>Recorrido: la ventana principal</translation>
    </message>
    <message>
        <source>The navigation rail on the left lists the pages your role may use. Each has a shortcut:</source>
        <translation>La barra de navegación de la izquierda muestra las páginas que su rol puede usar. Cada una tiene un atajo:</translation>
    </message>
    <message>
        <source>Intake: calls, the live call workspace</source>
        <translation>Llamadas: las llamadas y el área de trabajo de la llamada en curso</translation>
    </message>
    <message>
        <source>Follow-ups: the peer specialists&apos; queue</source>
        <translation>Seguimientos: la cola de los especialistas de apoyo entre pares</translation>
    </message>
    <message>
        <source>Directory: referrals (HSDS)</source>
        <translation>Directorio: referidos (HSDS)</translation>
    </message>
    <message>
        <source>Reports: outcome reports (supervisors)</source>
        <translation>Informes: informes de resultados (supervisores)</translation>
    </message>
    <message>
        <source>Admin: accounts, keys, workstations</source>
        <translation>Administración: cuentas, claves, estaciones de trabajo</translation>
    </message>
    <message>
        <source>Refresh the page now</source>
        <translation>Actualizar la página ahora</translation>
    </message>
    <message>
        <source>Lock the screen (outside a call)</source>
        <translation>Bloquear la pantalla (fuera de una llamada)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Tour: taking a call</source>
        <translation>Recorrido: atender una llamada</translation>
    </message>
    <message>
        <source>Ctrl+N starts a call from anywhere. The call workspace keeps the call timer, the risk level and the checklist in view; everything has a key:</source>
        <translation>Ctrl+N inicia una llamada desde cualquier lugar. El área de trabajo de la llamada mantiene a la vista la duración, el nivel de riesgo y la lista de verificación; todo tiene una tecla:</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nueva llamada</translation>
    </message>
    <message>
        <source>Paste the 911 incident data</source>
        <translation>Pegar los datos del incidente del 911</translation>
    </message>
    <message>
        <source>Risk screening</source>
        <translation>Evaluación de riesgo</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Save now (drafts are also kept as you type)</source>
        <translation>Guardar ahora (los borradores también se conservan mientras escribe)</translation>
    </message>
    <message>
        <source>Complete the call</source>
        <translation>Completar la llamada</translation>
    </message>
    <message>
        <source>Handoff PDF</source>
        <translation>PDF de traspaso</translation>
    </message>
    <message>
        <source>Tour: follow-ups and the directory</source>
        <translation>Recorrido: seguimientos y el directorio</translation>
    </message>
    <message>
        <source>Peer specialists work the Follow-ups page: claim a follow-up, call, record each attempt. During a call, Ctrl+D opens the directory beside it, without leaving the call:</source>
        <translation>Los especialistas de apoyo entre pares trabajan en la página Seguimientos: toman un seguimiento, llaman y registran cada intento. Durante una llamada, Ctrl+D abre el directorio junto a ella, sin salir de la llamada:</translation>
    </message>
    <message>
        <source>Directory beside the call</source>
        <translation>Directorio junto a la llamada</translation>
    </message>
    <message>
        <source>Search the directory (on its page)</source>
        <translation>Buscar en el directorio (en su página)</translation>
    </message>
    <message>
        <source>Refer the caller to the selected service</source>
        <translation>Referir a la persona que llama al servicio seleccionado</translation>
    </message>
    <message>
        <source>Copy the selected service or follow-up details</source>
        <translation>Copiar los datos del servicio o del seguimiento seleccionado</translation>
    </message>
    <message>
        <source>Step 1 of 4: where the records are kept</source>
        <translation>Paso 1 de 4: dónde se guardan los registros</translation>
    </message>
    <message>
        <source>One workstation can keep its records itself; a call center shares one PostgreSQL database between all its workstations.</source>
        <translation>Una estación de trabajo puede guardar sus propios registros; un centro de llamadas comparte una base de datos PostgreSQL entre todas sus estaciones de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Embedded database on this workstation only</source>
        <translation>Base de datos &amp;integrada solo en esta estación de trabajo</translation>
    </message>
    <message>
        <source>Kept in {location}. Nothing to set up; a good choice for a single workstation or a trial.</source>
        <translation>Se guarda en {location}. No hay nada que configurar; una buena opción para una sola estación de trabajo o una prueba.</translation>
    </message>
    <message>
        <source>&amp;Shared PostgreSQL server for the whole center</source>
        <translation>Servidor PostgreSQL co&amp;mpartido para todo el centro</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation>Buscar el archivo de la CA</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar c&amp;onexión</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>T&amp;LS mode:</source>
        <translation>Modo &amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Arc&amp;hivo de la CA:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo de la CA</translation>
    </message>
    <message>
        <source>The password is kept in this workstation&apos;s system keyring, never in a file. verify-full checks the server&apos;s certificate against the CA file and its host name.</source>
        <translation>La contraseña se guarda en el llavero del sistema de esta estación de trabajo, nunca en un archivo. verify-full comprueba el certificado del servidor con el archivo de la CA y su nombre de host.</translation>
    </message>
    <message>
        <source>Creating the database on this workstation…</source>
        <translation>Creando la base de datos en esta estación de trabajo…</translation>
    </message>
    <message>
        <source>The shared database&apos;s address is not complete.</source>
        <translation>La dirección de la base de datos compartida no está completa.</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Conectando con {host}…</translation>
    </message>
    <message>
        <source>Connected to {location}.</source>
        <translation>Conectado con {location}.</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Elegir el certificado de la CA</translation>
    </message>
    <message>
        <source>Certificates ({patterns});;All files (*)</source>
        <translation>Certificados ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Testing the connection to {host}…</source>
        <translation>Probando la conexión con {host}…</translation>
    </message>
    <message>
        <source>The connection to {location} works. Choose Next to go on.</source>
        <translation>La conexión con {location} funciona. Elija Siguiente para continuar.</translation>
    </message>
    <message>
        <source>This database is already in use</source>
        <translation>Esta base de datos ya está en uso</translation>
    </message>
    <message>
        <source>The database at {location} protects its records with keys this workstation does not hold yet. Choose Finish, then import the enrollment file an administrator made for this workstation (Admin page, “Enroll a workstation…”), with its one-time passphrase.</source>
        <translation>La base de datos en {location} protege sus registros con claves que esta estación de trabajo todavía no tiene. Elija Finalizar y luego importe el archivo de inscripción que un administrador preparó para esta estación de trabajo (página Administración, “Inscribir una estación de trabajo…”), con su frase de contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>The database at {location} already has accounts. Choose Finish, then sign in with your own account; an administrator adds accounts on the Admin page.</source>
        <translation>La base de datos en {location} ya tiene cuentas. Elija Finalizar y luego inicie sesión con su propia cuenta; un administrador agrega cuentas en la página Administración.</translation>
    </message>
    <message>
        <source>Step 2 of 4: the first administrator</source>
        <translation>Paso 2 de 4: el primer administrador</translation>
    </message>
    <message>
        <source>This account manages the others. You will add your colleagues&apos; accounts on the Admin page.</source>
        <translation>Esta cuenta administra las demás. Agregará las cuentas de sus colegas en la página Administración.</translation>
    </message>
    <message>
        <source>Step 3 of 4: the referral directory</source>
        <translation>Paso 3 de 4: el directorio de referidos</translation>
    </message>
    <message>
        <source>Counselors find referrals in the directory. Load your region&apos;s Open Referral (HSDS 3.0) data package now, or later from the Directory page.</source>
        <translation>Los consejeros encuentran referidos en el directorio. Cargue ahora el paquete de datos Open Referral (HSDS 3.0) de su región, o más tarde desde la página Directorio.</translation>
    </message>
    <message>
        <source>&amp;Import an HSDS 3.0 data package (folder or .zip)</source>
        <translation>&amp;Importar un paquete de datos HSDS 3.0 (carpeta o .zip)</translation>
    </message>
    <message>
        <source>&amp;Skip: load the directory later</source>
        <translation>&amp;Omitir: cargar el directorio más tarde</translation>
    </message>
    <message>
        <source>Choose .&amp;zip…</source>
        <translation>Elegir .&amp;zip…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paquete:</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Choose the package to import, or choose Skip.</source>
        <translation>Elija el paquete que desea importar, o elija Omitir.</translation>
    </message>
    <message>
        <source>A package is a folder of HSDS CSV files with datapackage.json, or its .zip.</source>
        <translation>Un paquete es una carpeta de archivos CSV de HSDS con datapackage.json, o su .zip.</translation>
    </message>
    <message>
        <source>The directory was not imported; nothing was changed.</source>
        <translation>No se importó el directorio; no se cambió nada.</translation>
    </message>
    <message>
        <source>Correct the package and try again, or choose Skip.</source>
        <translation>Corrija el paquete y vuelva a intentarlo, o elija Omitir.</translation>
    </message>
    <message>
        <source>Choose an HSDS data package</source>
        <translation>Elegir un paquete de datos HSDS</translation>
    </message>
    <message>
        <source>HSDS package ({patterns});;All files (*)</source>
        <translation>Paquete HSDS ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the folder of an HSDS data package</source>
        <translation>Elegir la carpeta de un paquete de datos HSDS</translation>
    </message>
    <message>
        <source>Step 4 of 4: a short tour. Skip it with Skip tour (Alt+K).</source>
        <translation>Paso 4 de 4: un breve recorrido. Omítalo con Omitir recorrido (Alt+O).</translation>
    </message>
    <message>
        <source>Set up {app}</source>
        <translation>Configurar {app}</translation>
    </message>
    <message>
        <source>S&amp;kip tour</source>
        <translation>&amp;Omitir recorrido</translation>
    </message>
    <message>
        <source>The settings could not be saved; nothing else was lost.</source>
        <translation>No se pudo guardar la configuración; no se perdió nada más.</translation>
    </message>
    <message>
        <source>Check that your user folder is writable, then choose Finish again.</source>
        <translation>Compruebe que se puede escribir en su carpeta de usuario y vuelva a elegir Finalizar.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Choose a follow-up in the list to see when and how to make the contact.</source>
        <translation>Elija un seguimiento de la lista para ver cuándo y cómo hacer el contacto.</translation>
    </message>
    <message>
        <source>Shown to the person who claims it.</source>
        <translation>Se muestra a quien lo tome.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ninguno todavía.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Diverted from further EMS or police contact: {answer}</source>
        <translation>Se evitó más contacto con EMS o policía: {answer}</translation>
    </message>
    <message>
        <source>Diverted from inpatient care: {answer}</source>
        <translation>Se evitó la hospitalización: {answer}</translation>
    </message>
    <message>
        <source>Referral made: {referral}</source>
        <translation>Referido realizado: {referral}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Siguiente paso: {step}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Claimed by {name} at {moment}.</source>
        <translation>Lo tomó {name} ({moment}).</translation>
    </message>
    <message>
        <source>Claimed by {name}.</source>
        <translation>Lo tomó {name}.</translation>
    </message>
    <message>
        <source>Unassigned: claim it before you call.</source>
        <translation>Sin asignar: tómelo antes de llamar.</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>Completado.</translation>
    </message>
    <message>
        <source>Closed as unreachable; a supervisor reviews it.</source>
        <translation>Cerrado porque no se localizó a la persona; un supervisor lo revisa.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Follow-up details</source>
        <translation>Detalles del seguimiento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Cop&amp;y number</source>
        <translation>Copiar núme&amp;ro</translation>
    </message>
    <message>
        <source>Copy the number to call (Ctrl+Shift+C)</source>
        <translation>Copiar el número al que hay que llamar (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Due window</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Contact method</source>
        <translation>Medio de contacto</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Número al que llamar</translation>
    </message>
    <message>
        <source>Preferred times</source>
        <translation>Horarios preferidos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Follow-up for call {reference}</source>
        <translation>Seguimiento de la llamada {reference}</translation>
    </message>
    <message>
        <source>{attempts} so far; it closes as unreachable after {left} more unsuccessful attempts.</source>
        <translation>{attempts} hasta ahora; se cierra como no localizado después de {left} intentos más sin éxito.</translation>
    </message>
    <message>
        <source>{attempts} so far; it closes as unreachable after 1 more unsuccessful attempt.</source>
        <translation>{attempts} hasta ahora; se cierra como no localizado después de 1 intento más sin éxito.</translation>
    </message>
    <message>
        <source>e.g. Try again tomorrow evening</source>
        <translation>p. ej., intentar de nuevo mañana por la tarde</translation>
    </message>
    <message>
        <source>Service referred to, if any</source>
        <translation>Servicio al que se refirió, si lo hay</translation>
    </message>
    <message>
        <source>What this attempt does</source>
        <translation>Qué se hace con este intento</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Time of attempt:</source>
        <translation>&amp;Hora del intento:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Siguiente &amp;paso:</translation>
    </message>
    <message>
        <source>Diverted from &amp;EMS/police:</source>
        <translation>Se evitó &amp;EMS/policía:</translation>
    </message>
    <message>
        <source>Diverted from &amp;inpatient care:</source>
        <translation>Se evitó la &amp;hospitalización:</translation>
    </message>
    <message>
        <source>Referral &amp;made:</source>
        <translation>Re&amp;ferido realizado:</translation>
    </message>
    <message>
        <source>No further EMS or police contact since the call</source>
        <translation>Sin más contacto con EMS ni policía desde la llamada</translation>
    </message>
    <message>
        <source>No inpatient admission since the call</source>
        <translation>Sin hospitalización desde la llamada</translation>
    </message>
    <message>
        <source>Due &amp;from:</source>
        <translation>Plazo &amp;desde:</translation>
    </message>
    <message>
        <source>Due &amp;by:</source>
        <translation>Plazo &amp;hasta:</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarlo</translation>
    </message>
    <message>
        <source>e.g. The client asked not to be contacted</source>
        <translation>p. ej., la persona pidió que no la contactaran</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>No call to choose yet</source>
        <translation>Todavía no hay llamada para elegir</translation>
    </message>
    <message>
        <source>One follow-up in the window below</source>
        <translation>Un seguimiento en el plazo de abajo</translation>
    </message>
    <message>
        <source>Every contact of the plan for the call&apos;s risk level</source>
        <translation>Todos los contactos del plan para el nivel de riesgo de la llamada</translation>
    </message>
    <message>
        <source>The number given on the call</source>
        <translation>El número que se dio en la llamada</translation>
    </message>
    <message>
        <source>e.g. Evenings after 6</source>
        <translation>p. ej., por las tardes después de las 6</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>&amp;Llamada:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Calendario:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Preferred times:</source>
        <translation>&amp;Horarios preferidos:</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Tomado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Sin localizar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Se le localizó</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contestó</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Se dejó mensaje de voz</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Declined follow-up</source>
        <translation>Rechazó el seguimiento</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>No risk identified</source>
        <translation>Sin riesgo identificado</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Riesgo sin evaluar</translation>
    </message>
    <message>
        <source>{level} risk</source>
        <translation>Riesgo {level}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>Overdue since {moment}</source>
        <translation>Atrasado desde {moment}</translation>
    </message>
    <message>
        <source>Due today by {time}</source>
        <translation>Vence hoy antes de las {time}</translation>
    </message>
    <message>
        <source>Due by {moment}</source>
        <translation>Vence antes de {moment}</translation>
    </message>
    <message>
        <source>Due {start} – {end}</source>
        <translation>Vence {start} – {end}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>{status} · was due by {moment}</source>
        <translation>{status} · vencía antes de {moment}</translation>
    </message>
    <message>
        <source>When the contact is due (local time); overdue ones first</source>
        <translation>Cuándo vence el contacto (hora local); primero los atrasados</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <source>Client&apos;s initials</source>
        <translation>Iniciales de la persona</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Reference of the call</source>
        <translation>Referencia de la llamada</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Due between {window}</source>
        <translation>Vence entre {window}</translation>
    </message>
    <message>
        <source>&amp;Due today</source>
        <translation>&amp;Vencen hoy</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Atrasados</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Míos</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Sin asignar</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>&amp;Todos</translation>
    </message>
    <message>
        <source>Unreac&amp;hable</source>
        <translation>Sin locali&amp;zar</translation>
    </message>
    <message>
        <source>My &amp;week</source>
        <translation>Mi s&amp;emana</translation>
    </message>
    <message>
        <source>Open follow-ups whose window is open today and has not ended.</source>
        <translation>Seguimientos abiertos cuyo plazo está abierto hoy y no ha terminado.</translation>
    </message>
    <message>
        <source>Open follow-ups whose window has ended: call these first.</source>
        <translation>Seguimientos abiertos cuyo plazo ya terminó: llame primero a estos.</translation>
    </message>
    <message>
        <source>Open follow-ups you have claimed.</source>
        <translation>Seguimientos abiertos que usted tomó.</translation>
    </message>
    <message>
        <source>Follow-ups nobody has claimed yet.</source>
        <translation>Seguimientos que nadie ha tomado todavía.</translation>
    </message>
    <message>
        <source>Every open follow-up.</source>
        <translation>Todos los seguimientos abiertos.</translation>
    </message>
    <message>
        <source>Follow-ups closed as unreachable, most recent first: review each one.</source>
        <translation>Seguimientos cerrados porque no se localizó a la persona, los más recientes primero: revise cada uno.</translation>
    </message>
    <message>
        <source>Your follow-ups day by day. Enter opens one in the queue.</source>
        <translation>Sus seguimientos día por día. Enter abre uno en la cola.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Only initials and the call reference are shown in the list. Times are in this workstation&apos;s local time.</source>
        <translation>La lista solo muestra las iniciales y la referencia de la llamada. Las horas están en la hora local de esta estación de trabajo.</translation>
    </message>
    <message>
        <source>Queue views</source>
        <translation>Vistas de la cola</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>T&amp;omar</translation>
    </message>
    <message>
        <source>Make it yours before you call, so no one else calls too</source>
        <translation>Tómelo antes de llamar, para que nadie más llame también</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>Give it back to the queue</source>
        <translation>Devolverlo a la cola</translation>
    </message>
    <message>
        <source>Record &amp;attempt…</source>
        <translation>Registrar &amp;intento…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>Re&amp;programar…</translation>
    </message>
    <message>
        <source>Give it a new due window</source>
        <translation>Darle un nuevo plazo</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>Ca&amp;ncelar…</translation>
    </message>
    <message>
        <source>Cancel this follow-up, with the reason</source>
        <translation>Cancelar este seguimiento, indicando el motivo</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>Agregar se&amp;guimiento…</translation>
    </message>
    <message>
        <source>Add a follow-up to a call whose caller agreed to it</source>
        <translation>Agregar un seguimiento a una llamada cuya persona lo aceptó</translation>
    </message>
    <message>
        <source>E&amp;xport my follow-ups to calendar…</source>
        <translation>E&amp;xportar mis seguimientos al calendario…</translation>
    </message>
    <message>
        <source>An .ics file of your open follow-ups: call reference and initials only</source>
        <translation>Un archivo .ics de sus seguimientos abiertos: solo referencia de la llamada e iniciales</translation>
    </message>
    <message>
        <source>{count} of yours this week</source>
        <translation>{count} suyos esta semana</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>seguimientos</translation>
    </message>
    <message>
        <source>{count} closed as unreachable</source>
        <translation>{count} cerrados porque no se localizó a la persona</translation>
    </message>
    <message>
        <source>open follow-up</source>
        <translation>seguimiento abierto</translation>
    </message>
    <message>
        <source>open follow-ups</source>
        <translation>seguimientos abiertos</translation>
    </message>
    <message>
        <source>{text}, {overdue} overdue</source>
        <translation>{text}, {overdue} con atraso</translation>
    </message>
    <message>
        <source>Claim the follow-up before you record an attempt</source>
        <translation>Tome el seguimiento antes de registrar un intento</translation>
    </message>
    <message>
        <source>Record a call, text or visit and its result</source>
        <translation>Registrar una llamada, un mensaje de texto o una visita y su resultado</translation>
    </message>
    <message>
        <source>No follow-ups of yours fall in this week.</source>
        <translation>No tiene seguimientos esta semana.</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>Semana an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Esta se&amp;mana</translation>
    </message>
    <message>
        <source>Next wee&amp;k</source>
        <translation>Semana si&amp;guiente</translation>
    </message>
    <message>
        <source>My follow-ups this week, by day</source>
        <translation>Mis seguimientos de esta semana, por día</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>nada para hoy</translation>
    </message>
    <message>
        <source>{count} due</source>
        <translation>{count} hoy</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} con atraso</translation>
    </message>
    <message>
        <source>{name}: {due} due today, {overdue} overdue</source>
        <translation>{name}: {due} para hoy, {overdue} con atraso</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>Inminente</translation>
    </message>
    <message>
        <source>Paste 911 incident</source>
        <translation>Pegar incidente del 911</translation>
    </message>
    <message>
        <source>Fill the 911 fields from an incident copied from the CAD system (Ctrl+Shift+V). You can also drop a .json file on the 911 transfer group.</source>
        <translation>Llenar los campos del 911 con un incidente copiado del sistema CAD (Ctrl+Shift+V). También puede soltar un archivo .json sobre el grupo de transferencia del 911.</translation>
    </message>
    <message>
        <source>911 transfer</source>
        <translation>Transferencia del 911</translation>
    </message>
    <message>
        <source>e.g. 261128-0042</source>
        <translation>p. ej., 261128-0042</translation>
    </message>
    <message>
        <source>answering point</source>
        <translation>centro de atención</translation>
    </message>
    <message>
        <source>15:02 or 2026-11-28 15:02</source>
        <translation>15:02 o 2026-11-28 15:02</translation>
    </message>
    <message>
        <source>CAD incident number:</source>
        <translation>Número de incidente CAD:</translation>
    </message>
    <message>
        <source>PSAP (answering point):</source>
        <translation>PSAP (centro de atención):</translation>
    </message>
    <message>
        <source>Transfer time:</source>
        <translation>Hora de transferencia:</translation>
    </message>
    <message>
        <source>Telecommunicator:</source>
        <translation>Telecomunicador(a):</translation>
    </message>
    <message>
        <source>911 nature or reason:</source>
        <translation>Naturaleza o motivo (911):</translation>
    </message>
    <message>
        <source>Officer on standby:</source>
        <translation>Oficial en espera:</translation>
    </message>
    <message>
        <source>Co-responder field encounter</source>
        <translation>Intervención conjunta en campo</translation>
    </message>
    <message>
        <source>name or badge</source>
        <translation>nombre o placa</translation>
    </message>
    <message>
        <source>Officer on scene:</source>
        <translation>Oficial en el lugar:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Persona que llama</translation>
    </message>
    <message>
        <source>Anonymous caller</source>
        <translation>Llamada anónima</translation>
    </message>
    <message>
        <source>e.g. she/her</source>
        <translation>p. ej., ella</translation>
    </message>
    <message>
        <source>e.g. 34, or 30-39</source>
        <translation>p. ej., 34 o 30-39</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation>Se usó intérprete</translation>
    </message>
    <message>
        <source>e.g. 314-555-0142</source>
        <translation>p. ej., 314-555-0142</translation>
    </message>
    <message>
        <source>Third-party caller (calling about someone else)</source>
        <translation>Llama un tercero (por otra persona)</translation>
    </message>
    <message>
        <source>e.g. sister, neighbour</source>
        <translation>p. ej., hermana, vecino</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>Nombre preferido:</translation>
    </message>
    <message>
        <source>Pronouns:</source>
        <translation>Pronombres:</translation>
    </message>
    <message>
        <source>Age or age range:</source>
        <translation>Edad o rango de edad:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Call-back number:</source>
        <translation>Número para devolver la llamada:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Cross streets:</source>
        <translation>Calles que cruzan:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Longitud:</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Latitud:</translation>
    </message>
    <message>
        <source>Relationship to the person:</source>
        <translation>Relación con la persona:</translation>
    </message>
    <message>
        <source>Presenting concerns</source>
        <translation>Motivos de la llamada</translation>
    </message>
    <message>
        <source>Presenting concerns:</source>
        <translation>Motivos de la llamada:</translation>
    </message>
    <message>
        <source>Includes substance use treatment information (42 CFR Part 2)</source>
        <translation>Incluye información de tratamiento por uso de sustancias (42 CFR Parte 2)</translation>
    </message>
    <message>
        <source>What happened on the call, in your words.</source>
        <translation>Lo que pasó en la llamada, en sus palabras.</translation>
    </message>
    <message>
        <source>Narrative:</source>
        <translation>Narrativa:</translation>
    </message>
    <message>
        <source>Source of the contact:</source>
        <translation>Origen del contacto:</translation>
    </message>
    <message>
        <source>{count} ticked (Space ticks)</source>
        <translation>{count} marcados (la barra espaciadora marca)</translation>
    </message>
    <message>
        <source>none ticked (Space ticks)</source>
        <translation>ninguno marcado (la barra espaciadora marca)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Start checklist</source>
        <translation>Iniciar lista</translation>
    </message>
    <message>
        <source>No checklist started yet. Choose one above and start it.</source>
        <translation>Todavía no se ha iniciado ninguna lista. Elija una arriba e iníciela.</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Lista de verificación:</translation>
    </message>
    <message>
        <source>Someone else saved this call</source>
        <translation>Otra persona guardó esta llamada</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mi versión</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <source>The two versions hold the same content.</source>
        <translation>Las dos versiones tienen el mismo contenido.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar &amp;mi versión</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Tomar la &amp;otra versión</translation>
    </message>
    <message>
        <source>Merge &amp;selected</source>
        <translation>Combinar lo &amp;seleccionado</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir después</translation>
    </message>
    <message>
        <source>Save every field as you have it, on top of theirs.</source>
        <translation>Guardar todos los campos como los tiene usted, sobre la otra versión.</translation>
    </message>
    <message>
        <source>Drop your changes and continue from theirs.</source>
        <translation>Descartar sus cambios y seguir desde la otra versión.</translation>
    </message>
    <message>
        <source>Save the value chosen in each row.</source>
        <translation>Guardar el valor elegido en cada fila.</translation>
    </message>
    <message>
        <source>Nothing is saved now; your text stays on this screen.</source>
        <translation>No se guarda nada ahora; su texto se queda en esta pantalla.</translation>
    </message>
    <message>
        <source>Police contact avoided</source>
        <translation>Se evitó el contacto con la policía</translation>
    </message>
    <message>
        <source>EMS avoided</source>
        <translation>Se evitó EMS</translation>
    </message>
    <message>
        <source>Arrest avoided</source>
        <translation>Se evitó un arresto</translation>
    </message>
    <message>
        <source>Hospitalization avoided</source>
        <translation>Se evitó una hospitalización</translation>
    </message>
    <message>
        <source>Ticked: this call lists referrals from the directory.</source>
        <translation>Marcado: esta llamada tiene referidos del directorio.</translation>
    </message>
    <message>
        <source>How the call ended (primary disposition)</source>
        <translation>Cómo terminó la llamada (resultado principal)</translation>
    </message>
    <message>
        <source>service or person</source>
        <translation>servicio o persona</translation>
    </message>
    <message>
        <source>Warm transfer to:</source>
        <translation>Transferencia asistida a:</translation>
    </message>
    <message>
        <source>Also done on this call</source>
        <translation>También se hizo en esta llamada</translation>
    </message>
    <message>
        <source>Mobile crisis team dispatched</source>
        <translation>Se envió al equipo móvil de crisis</translation>
    </message>
    <message>
        <source>EMS requested</source>
        <translation>Se pidió EMS</translation>
    </message>
    <message>
        <source>Police requested</source>
        <translation>Se pidió policía</translation>
    </message>
    <message>
        <source>Returned to 911</source>
        <translation>Se devolvió al 911</translation>
    </message>
    <message>
        <source>Referral given</source>
        <translation>Se dio un referido</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <source>e.g. weekday evenings after 6</source>
        <translation>p. ej., entre semana, después de las 6 de la tarde</translation>
    </message>
    <message>
        <source>if not the call-back number</source>
        <translation>si no es el número para devolver la llamada</translation>
    </message>
    <message>
        <source>Consent to follow-up:</source>
        <translation>Consentimiento para seguimiento:</translation>
    </message>
    <message>
        <source>Preferred times:</source>
        <translation>Horarios preferidos:</translation>
    </message>
    <message>
        <source>Number to call:</source>
        <translation>Número al que llamar:</translation>
    </message>
    <message>
        <source>Outcomes (filled from the disposition; correct if needed)</source>
        <translation>Resultados (se llenan según el cierre; corrija si hace falta)</translation>
    </message>
    <message>
        <source>Ticked: avoided. Empty: not avoided. Shaded: unknown. Space cycles the three.</source>
        <translation>Marcado: se evitó. Vacío: no se evitó. Sombreado: se desconoce. La barra espaciadora pasa por los tres.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Optional: the team, dispatcher or clinician</source>
        <translation>Opcional: el equipo, despachador(a) o clínico(a)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Emergency &amp;override</source>
        <translation>Excepción de &amp;emergencia</translation>
    </message>
    <message>
        <source>Emergency override</source>
        <translation>Excepción de emergencia</translation>
    </message>
    <message>
        <source>Why this cannot wait for the caller&apos;s consent</source>
        <translation>Por qué no se puede esperar el consentimiento de la persona</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>Recipient &amp;name:</source>
        <translation>&amp;Nombre del destinatario:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Open in &amp;viewer</source>
        <translation>Abrir en el &amp;visor</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Live imminent-risk calls</source>
        <translation>Llamadas en curso con riesgo inminente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>IMMINENT RISK — follow the protocol</source>
        <translation>RIESGO INMINENTE: siga el protocolo</translation>
    </message>
    <message>
        <source>Active engagement first · the least invasive intervention · active rescue when the person cannot or will not keep safe · inform the supervisor · confirm emergency services made contact.</source>
        <translation>Primero, involucrarse activamente · la intervención menos invasiva · rescate activo cuando la persona no puede o no quiere mantenerse a salvo · informar al supervisor · confirmar que los servicios de emergencia hicieron contacto.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Sin hacer</translation>
    </message>
    <message>
        <source>Required before the call can be completed.</source>
        <translation>Obligatorio antes de completar la llamada.</translation>
    </message>
    <message>
        <source>Imminent risk protocol</source>
        <translation>Protocolo de riesgo inminente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Imminent-risk protocol (steps taken)</source>
        <translation>Protocolo de riesgo inminente (pasos dados)</translation>
    </message>
    <message>
        <source>Imminent risk.</source>
        <translation>Riesgo inminente.</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Sin decidir todavía</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Consejero(a)</translation>
    </message>
    <message>
        <source>CAD #</source>
        <translation>N.º CAD</translation>
    </message>
    <message>
        <source>911 CAD incident number</source>
        <translation>Número de incidente CAD del 911</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Use this safety plan</source>
        <translation>Usar este plan de seguridad</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>number and name</source>
        <translation>número y nombre</translation>
    </message>
    <message>
        <source>Earlier calls from this caller</source>
        <translation>Llamadas anteriores de esta persona</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Coincide por</translation>
    </message>
    <message>
        <source>Fill the empty sections of this call&apos;s safety plan from the selected earlier call.</source>
        <translation>Llenar las secciones vacías del plan de seguridad de esta llamada con la llamada anterior seleccionada.</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Has safety plan</source>
        <translation>Tiene plan de seguridad</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Sin plan</translation>
    </message>
    <message>
        <source>1 earlier call.</source>
        <translation>1 llamada anterior.</translation>
    </message>
    <message>
        <source>{count} earlier calls; the newest is listed first.</source>
        <translation>{count} llamadas anteriores; la más reciente aparece primero.</translation>
    </message>
    <message>
        <source>Referrals given</source>
        <translation>Referidos dados</translation>
    </message>
    <message>
        <source>Services referred on this call:</source>
        <translation>Servicios referidos en esta llamada:</translation>
    </message>
    <message>
        <source>No referrals yet — press Ctrl+D to search the directory.</source>
        <translation>Todavía no hay referidos; oprima Ctrl+D para buscar en el directorio.</translation>
    </message>
    <message>
        <source>No referrals from the directory on this call.</source>
        <translation>No hay referidos del directorio en esta llamada.</translation>
    </message>
    <message>
        <source>Remove referral</source>
        <translation>Quitar referido</translation>
    </message>
    <message>
        <source>Remove the selected referral from this call (Delete)</source>
        <translation>Quitar de esta llamada el referido seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Asked only when question 2 is yes.</source>
        <translation>Solo se pregunta si la respuesta a la pregunta 2 es sí.</translation>
    </message>
    <message>
        <source>C-SSRS screener (past month)</source>
        <translation>Evaluación C-SSRS (último mes)</translation>
    </message>
    <message>
        <source>Screener triage</source>
        <translation>Clasificación de la evaluación</translation>
    </message>
    <message>
        <source>Screener triage: not complete — still to answer: {questions}.</source>
        <translation>Clasificación de la evaluación: incompleta; faltan por responder: {questions}.</translation>
    </message>
    <message>
        <source>At least {level} risk so far.</source>
        <translation>Hasta ahora, riesgo por lo menos {level}.</translation>
    </message>
    <message>
        <source>Screener triage: {level} risk.</source>
        <translation>Clasificación de la evaluación: riesgo {level}.</translation>
    </message>
    <message>
        <source>Buffers mitigate imminent risk</source>
        <translation>Los factores protectores mitigan el riesgo inminente</translation>
    </message>
    <message>
        <source>Your judgement that the buffers present reduce an otherwise imminent risk. Tick a buffer first.</source>
        <translation>Su criterio de que los factores protectores presentes reducen un riesgo que de otro modo sería inminente. Marque primero un factor protector.</translation>
    </message>
    <message>
        <source>Lifeline risk level</source>
        <translation>Nivel de riesgo (Lifeline)</translation>
    </message>
    <message>
        <source>Risk formulation</source>
        <translation>Formulación del riesgo</translation>
    </message>
    <message>
        <source>Lifeline risk level: not assessed (nothing ticked yet).</source>
        <translation>Nivel de riesgo (Lifeline): sin evaluar (todavía no hay nada marcado).</translation>
    </message>
    <message>
        <source>Lifeline risk level: {level}.</source>
        <translation>Nivel de riesgo (Lifeline): {level}.</translation>
    </message>
    <message>
        <source>Risk formulation (Lifeline)</source>
        <translation>Formulación del riesgo (Lifeline)</translation>
    </message>
    <message>
        <source>Unfinished calls</source>
        <translation>Llamadas sin terminar</translation>
    </message>
    <message>
        <source>Unfinished calls on this workstation — nothing you typed was lost:</source>
        <translation>Llamadas sin terminar en esta estación de trabajo; no se perdió nada de lo que escribió:</translation>
    </message>
    <message>
        <source>Resume unfinished call {reference} ({source}), last typed {time}</source>
        <translation>Retomar la llamada sin terminar {reference} ({source}), escrita por última vez: {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Resume {reference}</source>
        <translation>Retomar {reference}</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Discard the draft of {reference}</source>
        <translation>Descartar el borrador de {reference}</translation>
    </message>
    <message>
        <source>Calls taken by every counselor, newest first.</source>
        <translation>Llamadas atendidas por todos los consejeros, las más recientes primero.</translation>
    </message>
    <message>
        <source>Your calls, newest first.</source>
        <translation>Sus llamadas, las más recientes primero.</translation>
    </message>
    <message>
        <source>Times are in this workstation&apos;s local time. Enter opens a call.</source>
        <translation>Las horas están en la hora local de esta estación de trabajo. Enter abre una llamada.</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Nueva llamada…</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nueva llamada</translation>
    </message>
    <message>
        <source>Start a new call (Ctrl+N) and choose where it came from</source>
        <translation>Iniciar una nueva llamada (Ctrl+N) y elegir de dónde vino</translation>
    </message>
    <message>
        <source>Source of the new call</source>
        <translation>Origen de la nueva llamada</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>CAD number, caller name, or date (2026-11-28)</source>
        <translation>Número CAD, nombre de la persona o fecha (2026-11-28)</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>Buscar llamadas</translation>
    </message>
    <message>
        <source>S&amp;earch calls:</source>
        <translation>&amp;Buscar llamadas:</translation>
    </message>
    <message>
        <source>&amp;Break glass…</source>
        <translation>Acceso de &amp;emergencia…</translation>
    </message>
    <message>
        <source>Break glass</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>Open another counselor&apos;s call by its reference, with a reason (read-only, for a limited time; supervisors are alerted)</source>
        <translation>Abrir la llamada de otro consejero por su referencia, con un motivo (solo lectura, por tiempo limitado; se avisa a los supervisores)</translation>
    </message>
    <message>
        <source>Break-glass access to {reference} ended at {time}; the call was closed. Break the glass again, with a reason, if you still need it.</source>
        <translation>El acceso de emergencia a {reference} terminó a las {time}; la llamada se cerró. Si todavía la necesita, pida de nuevo el acceso de emergencia con un motivo.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Sin guardar todavía</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved to database</source>
        <translation>Guardado en la base de datos</translation>
    </message>
    <message>
        <source>Kept on this workstation (offline)</source>
        <translation>Conservado en esta estación de trabajo (sin conexión)</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>No se guardó:</translation>
    </message>
    <message>
        <source>Intake workspace</source>
        <translation>Área de trabajo de la llamada</translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation>Duración de la llamada</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save to the database (Ctrl+S)</source>
        <translation>Guardar en la base de datos (Ctrl+S)</translation>
    </message>
    <message>
        <source>Complete call</source>
        <translation>Completar llamada</translation>
    </message>
    <message>
        <source>Check what is required and complete the call (Ctrl+Enter)</source>
        <translation>Revisar lo obligatorio y completar la llamada (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Change this call (Ctrl+E)</source>
        <translation>Modificar esta llamada (Ctrl+E)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Sign this completed call as reviewed</source>
        <translation>Firmar esta llamada completada como revisada</translation>
    </message>
    <message>
        <source>Handoff PDF…</source>
        <translation>PDF de traspaso…</translation>
    </message>
    <message>
        <source>A handoff PDF or the caller&apos;s safety plan, saved or opened in the viewer (Ctrl+P)</source>
        <translation>Un PDF de traspaso o el plan de seguridad de la persona, guardado o abierto en el visor (Ctrl+P)</translation>
    </message>
    <message>
        <source>Calls list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <source>Save and go back to the list of calls</source>
        <translation>Guardar y volver a la lista de llamadas</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <source>Source, 911 hand-off, caller, concerns, narrative (Alt+C)</source>
        <translation>Origen, traspaso del 911, persona que llama, motivos, narrativa (Alt+L)</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Riesgo</translation>
    </message>
    <message>
        <source>C-SSRS screener and Lifeline assessment (Ctrl+R)</source>
        <translation>Evaluación C-SSRS y evaluación Lifeline (Ctrl+R)</translation>
    </message>
    <message>
        <source>Chec&amp;klists</source>
        <translation>Listas de &amp;verificación</translation>
    </message>
    <message>
        <source>De-escalation checklists (Ctrl+K)</source>
        <translation>Listas de verificación para reducir la tensión (Ctrl+K)</translation>
    </message>
    <message>
        <source>Safety p&amp;lan</source>
        <translation>Plan de s&amp;eguridad</translation>
    </message>
    <message>
        <source>Stanley–Brown safety plan (Ctrl+L)</source>
        <translation>Plan de seguridad Stanley–Brown (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Disposition and follow-up</source>
        <translation>&amp;Cierre y seguimiento</translation>
    </message>
    <message>
        <source>How the call ended, follow-up, outcomes (Ctrl+F)</source>
        <translation>Cómo terminó la llamada, seguimiento, resultados (Ctrl+F)</translation>
    </message>
    <message>
        <source>The database does not answer. This save is kept encrypted on this workstation and sent, in order, as soon as the database answers again. Keep working.</source>
        <translation>La base de datos no responde. Este guardado se conserva cifrado en esta estación de trabajo y se envía, en orden, en cuanto la base de datos vuelva a responder. Siga trabajando.</translation>
    </message>
    <message>
        <source>IMMINENT RISK</source>
        <translation>RIESGO INMINENTE</translation>
    </message>
    <message>
        <source>Risk: not assessed</source>
        <translation>Riesgo: sin evaluar</translation>
    </message>
    <message>
        <source>Risk: {level}</source>
        <translation>Riesgo: {level}</translation>
    </message>
    <message>
        <source>Checklists: {summary}</source>
        <translation>Listas: {summary}</translation>
    </message>
    <message>
        <source>Checklists: none started</source>
        <translation>Listas: ninguna iniciada</translation>
    </message>
    <message>
        <source>(ended)</source>
        <translation>(terminada)</translation>
    </message>
    <message>
        <source>Call time {duration}</source>
        <translation>Duración {duration}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Intake</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Directory beside the call</source>
        <translation>Directorio junto a la llamada</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Two-step sign-in…</source>
        <translation>Inicio de sesión en &amp;dos pasos…</translation>
    </message>
    <message>
        <source>&amp;Break-glass accesses…</source>
        <translation>Accesos de e&amp;mergencia…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Sesión iniciada como {name} ({role})</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Conexión con la base de datos</translation>
    </message>
    <message>
        <source>A call saved while offline was changed elsewhere meanwhile. Nothing was overwritten: resume its draft in the intake to compare and choose.</source>
        <translation>Una llamada guardada sin conexión se modificó en otro lugar mientras tanto. No se sobrescribió nada: retome su borrador en Llamadas para comparar y elegir.</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de datos: {location}</translation>
    </message>
    <message>
        <source>The database answered.</source>
        <translation>La base de datos respondió.</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Warning signs</source>
        <translation>Señales de advertencia</translation>
    </message>
    <message>
        <source>Internal coping strategies</source>
        <translation>Estrategias internas para sobrellevar la crisis</translation>
    </message>
    <message>
        <source>People and social settings that provide distraction</source>
        <translation>Personas y lugares sociales que me ayudan a distraerme</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Personas a quienes puedo pedir ayuda</translation>
    </message>
    <message>
        <source>Professionals or agencies I can contact during a crisis</source>
        <translation>Profesionales o agencias que puedo contactar en una crisis</translation>
    </message>
    <message>
        <source>Making the environment safe</source>
        <translation>Cómo hacer que mi entorno sea seguro</translation>
    </message>
    <message>
        <source>The one thing most important to me / reasons for living</source>
        <translation>Lo más importante para mí / mis razones para vivir</translation>
    </message>
    <message>
        <source>Thoughts, moods, situations that tell a crisis may be coming</source>
        <translation>Pensamientos, estados de ánimo o situaciones que indican que puede venir una crisis</translation>
    </message>
    <message>
        <source>Things I can do on my own to take my mind off problems</source>
        <translation>Cosas que puedo hacer por mi cuenta para distraerme de los problemas</translation>
    </message>
    <message>
        <source>Names, places</source>
        <translation>Nombres, lugares</translation>
    </message>
    <message>
        <source>Names and numbers</source>
        <translation>Nombres y números</translation>
    </message>
    <message>
        <source>Clinicians, urgent care, and always: {crisis_line}</source>
        <translation>Clínicos, atención de urgencia y siempre: {crisis_line}</translation>
    </message>
    <message>
        <source>Lethal means: what will be locked away, removed, or held by someone</source>
        <translation>Medios letales: qué se guardará bajo llave, se retirará o quedará en manos de alguien</translation>
    </message>
    <message>
        <source>What matters most</source>
        <translation>Lo que más importa</translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline: call or text 988</source>
        <translation>Línea 988 de Prevención del Suicidio y Crisis: llame o envíe un texto al 988</translation>
    </message>
    <message>
        <source>{number}. {title}:</source>
        <translation>{number}. {title}:</translation>
    </message>
    <message>
        <source>Stanley–Brown safety plan, in the caller&apos;s words. Sections are kept when the same caller calls again.</source>
        <translation>Plan de seguridad Stanley–Brown, en las palabras de la persona. Las secciones se conservan cuando la misma persona vuelve a llamar.</translation>
    </message>
    <message>
        <source>Carried forward from {origin}. Review it with the caller.</source>
        <translation>Traído de {origin}. Revíselo con la persona.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>{app} is locked</source>
        <translation>{app} está bloqueado</translation>
    </message>
    <message>
        <source>Please confirm it is you (daily check)</source>
        <translation>Confirme que es usted (verificación diaria)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Signed in as {name}. Enter your password to go on.</source>
        <translation>Sesión iniciada como {name}. Escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Código de su aplicación de autenticación</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Códi&amp;go:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>Sign out; the open call&apos;s draft is kept</source>
        <translation>Cerrar sesión; se conserva el borrador de la llamada abierta</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Escriba el código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>Inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>After your password, sign-in will ask for a 6-digit code from an authenticator app on your phone (any TOTP app). Add this key to the app — type it, or paste the link into an app that accepts one — then type the code the app shows.</source>
        <translation>Después de su contraseña, el inicio de sesión le pedirá un código de 6 dígitos de una aplicación de autenticación en su teléfono (cualquier aplicación TOTP). Agregue esta clave a la aplicación —escríbala o pegue el enlace en una aplicación que lo acepte— y luego escriba el código que muestra la aplicación.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>L&amp;ink:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation>Códi&amp;go de la aplicación:</translation>
    </message>
    <message>
        <source>Two-step sign-in is already on for your account. If you lost your phone, an administrator can reset it.</source>
        <translation>El inicio de sesión en dos pasos ya está activado en su cuenta. Si perdió su teléfono, un administrador puede restablecerlo.</translation>
    </message>
    <message>
        <source>Type the 6-digit code your app shows for this key.</source>
        <translation>Escriba el código de 6 dígitos que muestra su aplicación para esta clave.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verificando el código…</translation>
    </message>
    <message>
        <source>Break glass</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>&amp;Break glass and open</source>
        <translation>&amp;Abrir con acceso de emergencia</translation>
    </message>
    <message>
        <source>This call was taken by someone else. Open it only if you need it for the person on the line now. It opens read-only for {minutes} minutes; your supervisors are alerted at once and review your reason.</source>
        <translation>Otra persona atendió esta llamada. Ábrala solo si la necesita para la persona que está en la línea ahora. Se abre en solo lectura durante {minutes} minutos; se avisa de inmediato a sus supervisores, que revisan su motivo.</translation>
    </message>
    <message>
        <source>Why you need this call now (at least {minimum} characters)</source>
        <translation>Por qué necesita esta llamada ahora (al menos {minimum} caracteres)</translation>
    </message>
    <message>
        <source>Call &amp;reference:</source>
        <translation>&amp;Referencia de la llamada:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Enter the call&apos;s reference.</source>
        <translation>Escriba la referencia de la llamada.</translation>
    </message>
    <message>
        <source>The glass cannot be broken yet.</source>
        <translation>Todavía no se puede usar el acceso de emergencia.</translation>
    </message>
    <message>
        <source>Recording the access…</source>
        <translation>Registrando el acceso…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Break-glass accesses</source>
        <translation>Accesos de emergencia</translation>
    </message>
    <message>
        <source>Who opened a call outside their role, when, for how long and why. Bold rows are still running. Follow up on any reason that does not hold.</source>
        <translation>Quién abrió una llamada fuera de su rol, cuándo, por cuánto tiempo y por qué. Las filas en negrita siguen vigentes. Dé seguimiento a cualquier motivo que no se sostenga.</translation>
    </message>
    <message>
        <source>No one has broken the glass yet.</source>
        <translation>Nadie ha usado el acceso de emergencia todavía.</translation>
    </message>
    <message>
        <source>Break-glass access: {name} opened call {reference} until {time}. Review the reason: Session → Break-glass accesses.</source>
        <translation>Acceso de emergencia: {name} abrió la llamada {reference} (acceso hasta {time}). Revise el motivo: Sesión → Accesos de emergencia.</translation>
    </message>
    <message>
        <source>Break-glass access</source>
        <translation>Acceso de emergencia</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña a&amp;ctual:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Code from your app:</source>
        <translation>C&amp;ódigo de su aplicación:</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de datos: {location}</translation>
    </message>
</context>
</TS>
