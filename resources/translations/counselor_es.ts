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
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>911 transfer</source>
        <translation>Transferencia del 911</translation>
    </message>
    <message>
        <source>911 transfers where EMS was avoided: each would otherwise have sent an ambulance.</source>
        <translation>Transferencias del 911 en las que se evitó EMS: de otro modo, en cada una se habría enviado una ambulancia.</translation>
    </message>
    <message>
        <source>911 transfers with &apos;EMS avoided&apos; yes.</source>
        <translation>Transferencias del 911 con &apos;se evitó EMS&apos; en &apos;sí&apos;.</translation>
    </message>
    <message>
        <source>911 transfers with &apos;police avoided&apos; yes.</source>
        <translation>Transferencias del 911 con &apos;se evitó la policía&apos; en &apos;sí&apos;.</translation>
    </message>
    <message>
        <source>988</source>
        <translation>Línea 988</translation>
    </message>
    <message>
        <source>A 911 welfare-check request handled by phone before any dispatch.</source>
        <translation>Una solicitud del 911 de verificación de bienestar que se atiende por teléfono antes de cualquier despacho.</translation>
    </message>
    <message>
        <source>Active engagement</source>
        <translation>Involucramiento activo</translation>
    </message>
    <message>
        <source>Active engagement first; the least invasive intervention; active rescue when the person cannot or will not keep safe.</source>
        <translation>Primero, involucrarse activamente; la intervención menos invasiva; rescate activo cuando la persona no puede o no quiere mantenerse a salvo.</translation>
    </message>
    <message>
        <source>Acute symptoms of mental illness</source>
        <translation>Síntomas agudos de enfermedad mental</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador(a)</translation>
    </message>
    <message>
        <source>Agree the plan for the next hours and confirm it back</source>
        <translation>Acordar el plan para las próximas horas y repetirlo para confirmarlo</translation>
    </message>
    <message>
        <source>Alcohol or drug use</source>
        <translation>Consumo de alcohol o drogas</translation>
    </message>
    <message>
        <source>Ambivalence for living or dying</source>
        <translation>Ambivalencia entre vivir o morir</translation>
    </message>
    <message>
        <source>Ambulance dispatches avoided</source>
        <translation>Envíos de ambulancia evitados</translation>
    </message>
    <message>
        <source>Ambulance dispatches avoided on 911 transfers times the EMS hours per avoided dispatch (a setting).</source>
        <translation>Envíos de ambulancia evitados en transferencias del 911 por las horas de EMS por envío evitado (un ajuste de configuración).</translation>
    </message>
    <message>
        <source>Anxiety or panic</source>
        <translation>Ansiedad o pánico</translation>
    </message>
    <message>
        <source>Ask about immediate danger: weapons, injury, intoxication</source>
        <translation>Preguntar por peligro inmediato: armas, lesiones, intoxicación</translation>
    </message>
    <message>
        <source>Ask about suicide talk, plans, means and substance use</source>
        <translation>Preguntar si habla de suicidio, si tiene planes o medios, y por el consumo de sustancias</translation>
    </message>
    <message>
        <source>Ask about urgent medical needs or medication</source>
        <translation>Preguntar por necesidades médicas urgentes o medicamentos</translation>
    </message>
    <message>
        <source>Ask directly about suicidal thoughts</source>
        <translation>Preguntar directamente por pensamientos suicidas</translation>
    </message>
    <message>
        <source>Ask the caller to move away from or put down the means</source>
        <translation>Pedir a la persona que se aleje de los medios o que los suelte</translation>
    </message>
    <message>
        <source>Ask the caller&apos;s relationship to the person</source>
        <translation>Preguntar qué relación tiene la persona que llama con la persona</translation>
    </message>
    <message>
        <source>Ask what they saw or heard, and when</source>
        <translation>Preguntar qué vio u oyó, y cuándo</translation>
    </message>
    <message>
        <source>Ask whether the caller is safe right now</source>
        <translation>Preguntar si la persona está a salvo en este momento</translation>
    </message>
    <message>
        <source>Ask who else is present and can help</source>
        <translation>Preguntar quién más está presente y puede ayudar</translation>
    </message>
    <message>
        <source>Attempt in progress</source>
        <translation>Intento en curso</translation>
    </message>
    <message>
        <source>Available means of killing self or others</source>
        <translation>Medios disponibles para quitarse la vida o matar a otros</translation>
    </message>
    <message>
        <source>Buffers and connectedness</source>
        <translation>Factores protectores y conexión con otros</translation>
    </message>
    <message>
        <source>Calls handled</source>
        <translation>Llamadas atendidas</translation>
    </message>
    <message>
        <source>Calls resolved on the line with police avoided and EMS avoided both &apos;yes&apos;.</source>
        <translation>Llamadas resueltas en la línea con &apos;se evitó la policía&apos; y &apos;se evitó EMS&apos; ambos en &apos;sí&apos;.</translation>
    </message>
    <message>
        <source>Calls started in the period.</source>
        <translation>Llamadas que empezaron en el período.</translation>
    </message>
    <message>
        <source>Calls that started in the period and match the filters, whatever their source.</source>
        <translation>Llamadas que empezaron en el período y cumplen los filtros, sea cual sea su origen.</translation>
    </message>
    <message>
        <source>Calls with &apos;arrest avoided&apos; yes or no.</source>
        <translation>Llamadas con &apos;se evitó un arresto&apos; en &apos;sí&apos; o &apos;no&apos;.</translation>
    </message>
    <message>
        <source>Calls with &apos;arrest avoided&apos; yes.</source>
        <translation>Llamadas con &apos;se evitó un arresto&apos; en &apos;sí&apos;.</translation>
    </message>
    <message>
        <source>Calls with &apos;hospitalization avoided&apos; yes or no.</source>
        <translation>Llamadas con &apos;se evitó una hospitalización&apos; en &apos;sí&apos; o &apos;no&apos;.</translation>
    </message>
    <message>
        <source>Calls with &apos;hospitalization avoided&apos; yes.</source>
        <translation>Llamadas con &apos;se evitó una hospitalización&apos; en &apos;sí&apos;.</translation>
    </message>
    <message>
        <source>Calls with a disposition, less those lacking data.</source>
        <translation>Llamadas con cierre, menos las que no tienen datos.</translation>
    </message>
    <message>
        <source>Calls with follow-up consent yes or no.</source>
        <translation>Llamadas con consentimiento para seguimiento en &apos;sí&apos; o &apos;no&apos;.</translation>
    </message>
    <message>
        <source>Calls with follow-up consent yes.</source>
        <translation>Llamadas con consentimiento para seguimiento en &apos;sí&apos;.</translation>
    </message>
    <message>
        <source>Cancelled before any attempt</source>
        <translation>Cancelado antes de cualquier intento</translation>
    </message>
    <message>
        <source>Check the caller&apos;s own safety and distress</source>
        <translation>Verificar la seguridad y el malestar de la propia persona que llama</translation>
    </message>
    <message>
        <source>Choose the least invasive response that keeps them safe</source>
        <translation>Elegir la respuesta menos invasiva que mantenga a la persona a salvo</translation>
    </message>
    <message>
        <source>Clinician referral</source>
        <translation>Referido a un clínico</translation>
    </message>
    <message>
        <source>Co-responder field encounter</source>
        <translation>Intervención conjunta en campo</translation>
    </message>
    <message>
        <source>Coach the caller to ask the person directly about suicide</source>
        <translation>Guiar a quien llama para que pregunte directamente a la persona sobre el suicidio</translation>
    </message>
    <message>
        <source>Confirm the caller&apos;s exact location and call-back number</source>
        <translation>Confirmar la ubicación exacta de la persona y el número para devolver la llamada</translation>
    </message>
    <message>
        <source>Confirm who asked for the welfare check and why</source>
        <translation>Confirmar quién pidió la verificación de bienestar y por qué</translation>
    </message>
    <message>
        <source>Consenting calls with a follow-up completed as &apos;reached&apos;.</source>
        <translation>Llamadas con consentimiento con un seguimiento completado como &apos;se le localizó&apos;.</translation>
    </message>
    <message>
        <source>Consenting calls, less those still pending.</source>
        <translation>Llamadas con consentimiento, menos las que siguen pendientes.</translation>
    </message>
    <message>
        <source>Contacts first attempted early, on time or late, plus missed ones.</source>
        <translation>Contactos cuyo primer intento fue anticipado, a tiempo o tardío, más los perdidos.</translation>
    </message>
    <message>
        <source>Contacts first attempted within their window.</source>
        <translation>Contactos cuyo primer intento fue dentro de su plazo.</translation>
    </message>
    <message>
        <source>Core values or beliefs</source>
        <translation>Valores o creencias fundamentales</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Consejero(a)</translation>
    </message>
    <message>
        <source>Counted; the calls still open without a disposition are shown as lacking data.</source>
        <translation>Se cuentan; las llamadas todavía abiertas sin cierre aparecen como sin datos.</translation>
    </message>
    <message>
        <source>Crisis de-escalation</source>
        <translation>Reducción de la tensión en una crisis</translation>
    </message>
    <message>
        <source>Currently intoxicated</source>
        <translation>Intoxicación en este momento</translation>
    </message>
    <message>
        <source>Decide on active rescue if the caller cannot keep safe</source>
        <translation>Decidir un rescate activo si la persona no puede mantenerse a salvo</translation>
    </message>
    <message>
        <source>Depression or low mood</source>
        <translation>Depresión o ánimo bajo</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>Línea directa</translation>
    </message>
    <message>
        <source>Disconnected before resolution</source>
        <translation>Se desconectó antes de resolverse</translation>
    </message>
    <message>
        <source>Discuss removing or locking away lethal means</source>
        <translation>Hablar de retirar o guardar bajo llave los medios letales</translation>
    </message>
    <message>
        <source>Diverted from arrest</source>
        <translation>Se evitó el arresto</translation>
    </message>
    <message>
        <source>Diverted from hospitalization</source>
        <translation>Se evitó la hospitalización</translation>
    </message>
    <message>
        <source>Domestic or intimate partner violence</source>
        <translation>Violencia doméstica o de pareja</translation>
    </message>
    <message>
        <source>EMS requested</source>
        <translation>Se pidió EMS</translation>
    </message>
    <message>
        <source>EMS work hours saved</source>
        <translation>Horas de trabajo de EMS ahorradas</translation>
    </message>
    <message>
        <source>Early (before the window)</source>
        <translation>Anticipado (antes del plazo)</translation>
    </message>
    <message>
        <source>Emergency services contact confirmed</source>
        <translation>Se confirmó el contacto de los servicios de emergencia</translation>
    </message>
    <message>
        <source>Emergency services requested</source>
        <translation>Se pidieron servicios de emergencia</translation>
    </message>
    <message>
        <source>Engagement with the helper</source>
        <translation>Vínculo con quien ayuda</translation>
    </message>
    <message>
        <source>Estimated savings</source>
        <translation>Ahorro estimado</translation>
    </message>
    <message>
        <source>Explore options together; caller chooses next step</source>
        <translation>Explorar opciones juntos; la persona elige el siguiente paso</translation>
    </message>
    <message>
        <source>Exposure to someone else&apos;s suicide</source>
        <translation>Exposición al suicidio de otra persona</translation>
    </message>
    <message>
        <source>Expressed intent to die</source>
        <translation>Intención de morir expresada</translation>
    </message>
    <message>
        <source>Extreme agitation or rage</source>
        <translation>Agitación extrema o ira</translation>
    </message>
    <message>
        <source>Feeling intolerably alone</source>
        <translation>Sentirse intolerablemente solo(a)</translation>
    </message>
    <message>
        <source>Feeling trapped</source>
        <translation>Sentirse atrapado(a)</translation>
    </message>
    <message>
        <source>Follow-up consent rate</source>
        <translation>Tasa de consentimiento para seguimiento</translation>
    </message>
    <message>
        <source>Follow-up reach rate</source>
        <translation>Tasa de localización en el seguimiento</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>Seguimientos a tiempo</translation>
    </message>
    <message>
        <source>Followed-up clients diverted from further EMS/police contact</source>
        <translation>Personas con seguimiento que evitaron más contacto con EMS/policía</translation>
    </message>
    <message>
        <source>Followed-up clients diverted from inpatient care</source>
        <translation>Personas con seguimiento que evitaron la hospitalización</translation>
    </message>
    <message>
        <source>Frequent or recent substance use</source>
        <translation>Consumo de sustancias frecuente o reciente</translation>
    </message>
    <message>
        <source>Grief or loss</source>
        <translation>Duelo o pérdida</translation>
    </message>
    <message>
        <source>Helplessness</source>
        <translation>Impotencia</translation>
    </message>
    <message>
        <source>History of or current violence to others</source>
        <translation>Antecedentes de violencia o violencia actual hacia otros</translation>
    </message>
    <message>
        <source>History of suicide attempts</source>
        <translation>Antecedentes de intentos de suicidio</translation>
    </message>
    <message>
        <source>Hopelessness</source>
        <translation>Desesperanza</translation>
    </message>
    <message>
        <source>Housing or homelessness</source>
        <translation>Vivienda o falta de vivienda</translation>
    </message>
    <message>
        <source>Identify someone nearby who can check in person</source>
        <translation>Identificar a alguien cercano que pueda ir a verificar en persona</translation>
    </message>
    <message>
        <source>Identify what triggered the crisis today</source>
        <translation>Identificar qué desencadenó la crisis hoy</translation>
    </message>
    <message>
        <source>Immediate supports</source>
        <translation>Apoyos inmediatos</translation>
    </message>
    <message>
        <source>Imminent risk</source>
        <translation>Riesgo inminente</translation>
    </message>
    <message>
        <source>Increased anxiety</source>
        <translation>Aumento de la ansiedad</translation>
    </message>
    <message>
        <source>Introduce yourself and the line; say you are here to help</source>
        <translation>Presentarse y presentar la línea; decir que está ahí para ayudar</translation>
    </message>
    <message>
        <source>Keep the caller on the line; do not hang up</source>
        <translation>Mantener a la persona en la línea; no colgar</translation>
    </message>
    <message>
        <source>Late (after the window)</source>
        <translation>Tardío (después del plazo)</translation>
    </message>
    <message>
        <source>Left out of the numerator and the denominator and counted here: calls where consent was not recorded.</source>
        <translation>Se dejan fuera del numerador y del denominador y se cuentan aquí: las llamadas en las que no se registró el consentimiento.</translation>
    </message>
    <message>
        <source>Left out of the numerator and the denominator and counted here: calls whose &apos;arrest avoided&apos; is unknown (open calls, calls where police were involved and the outcome was not recorded).</source>
        <translation>Se dejan fuera del numerador y del denominador y se cuentan aquí: las llamadas en las que se desconoce &apos;se evitó un arresto&apos; (llamadas abiertas, llamadas en las que intervino la policía y no se registró el resultado).</translation>
    </message>
    <message>
        <source>Left out of the numerator and the denominator and counted here: calls whose &apos;hospitalization avoided&apos; is unknown.</source>
        <translation>Se dejan fuera del numerador y del denominador y se cuentan aquí: las llamadas en las que se desconoce &apos;se evitó una hospitalización&apos;.</translation>
    </message>
    <message>
        <source>Left out of the numerator and the denominator and counted here: calls without a disposition, and calls resolved on the line whose police or EMS flag is unknown.</source>
        <translation>Se dejan fuera del numerador y del denominador y se cuentan aquí: las llamadas sin cierre y las llamadas resueltas en la línea cuyo dato de policía o de EMS se desconoce.</translation>
    </message>
    <message>
        <source>Left out of the numerator and the denominator and counted here: consenting calls not reached yet whose follow-up is still open. Consenting calls with no follow-up scheduled count as not reached.</source>
        <translation>Se dejan fuera del numerador y del denominador y se cuentan aquí: las llamadas con consentimiento en las que todavía no se localizó a la persona y cuyo seguimiento sigue abierto. Las llamadas con consentimiento sin seguimiento programado cuentan como no localizadas.</translation>
    </message>
    <message>
        <source>Left out of the numerator and the denominator and counted here: contacts not attempted yet whose window has not ended.</source>
        <translation>Se dejan fuera del numerador y del denominador y se cuentan aquí: los contactos todavía sin intentos cuyo plazo no ha terminado.</translation>
    </message>
    <message>
        <source>Left out of the numerator and the denominator and counted here: reached clients for whom the answer was not recorded.</source>
        <translation>Se dejan fuera del numerador y del denominador y se cuentan aquí: las personas localizadas cuya respuesta no se registró.</translation>
    </message>
    <message>
        <source>Lifeline Suicide Risk Assessment Standard</source>
        <translation>Estándar de evaluación del riesgo de suicidio de Lifeline</translation>
    </message>
    <message>
        <source>Listen without judgement; reflect feelings back</source>
        <translation>Escuchar sin juzgar; reflejar los sentimientos</translation>
    </message>
    <message>
        <source>Loneliness or isolation</source>
        <translation>Soledad o aislamiento</translation>
    </message>
    <message>
        <source>Medication questions or missed medication</source>
        <translation>Dudas sobre medicamentos o dosis omitidas</translation>
    </message>
    <message>
        <source>Missed (window ended, no attempt)</source>
        <translation>Perdido (el plazo terminó sin intentos)</translation>
    </message>
    <message>
        <source>Mobile crisis team</source>
        <translation>Equipo móvil de crisis</translation>
    </message>
    <message>
        <source>Mobile crisis team dispatched</source>
        <translation>Se envió al equipo móvil de crisis</translation>
    </message>
    <message>
        <source>Money or job stress</source>
        <translation>Estrés por dinero o trabajo</translation>
    </message>
    <message>
        <source>Name strengths and past coping that worked</source>
        <translation>Nombrar fortalezas y formas de sobrellevar que funcionaron antes</translation>
    </message>
    <message>
        <source>None (a count).</source>
        <translation>Ninguno (es un conteo).</translation>
    </message>
    <message>
        <source>None (an estimate).</source>
        <translation>Ninguno (es una estimación).</translation>
    </message>
    <message>
        <source>Not counted as avoided: 911 transfers whose &apos;EMS avoided&apos; is unknown.</source>
        <translation>No se cuentan como evitados: las transferencias del 911 en las que se desconoce &apos;se evitó EMS&apos;.</translation>
    </message>
    <message>
        <source>Not counted as avoided: 911 transfers whose &apos;police avoided&apos; is unknown.</source>
        <translation>No se cuentan como evitados: las transferencias del 911 en las que se desconoce &apos;se evitó la policía&apos;.</translation>
    </message>
    <message>
        <source>Not counted: 911 transfers whose police or EMS flag is unknown.</source>
        <translation>No se cuentan: las transferencias del 911 cuyo dato de policía o de EMS se desconoce.</translation>
    </message>
    <message>
        <source>Not decided (open)</source>
        <translation>Sin decidir (abierta)</translation>
    </message>
    <message>
        <source>Offer a grounding or breathing exercise</source>
        <translation>Ofrecer un ejercicio de anclaje o de respiración</translation>
    </message>
    <message>
        <source>Offer a three-way call with the person if they agree</source>
        <translation>Ofrecer una llamada a tres con la persona si está de acuerdo</translation>
    </message>
    <message>
        <source>Offer support and resources for the caller too</source>
        <translation>Ofrecer apoyo y recursos también a quien llama</translation>
    </message>
    <message>
        <source>On time (within the window)</source>
        <translation>A tiempo (dentro del plazo)</translation>
    </message>
    <message>
        <source>PSAP / 911</source>
        <translation>Centro de atención del 911 (PSAP)</translation>
    </message>
    <message>
        <source>Peer specialist</source>
        <translation>Especialista de apoyo entre pares</translation>
    </message>
    <message>
        <source>Peer specialist follow-up</source>
        <translation>Seguimiento por un especialista de apoyo entre pares</translation>
    </message>
    <message>
        <source>Pending (window not ended, no attempt)</source>
        <translation>Pendiente (el plazo no ha terminado, sin intentos)</translation>
    </message>
    <message>
        <source>Perceived burden on others</source>
        <translation>Sentirse una carga para los demás</translation>
    </message>
    <message>
        <source>Plan with known method</source>
        <translation>Plan con un método conocido</translation>
    </message>
    <message>
        <source>Planning for the future</source>
        <translation>Planes para el futuro</translation>
    </message>
    <message>
        <source>Police dispatches avoided and ambulance dispatches avoided on 911 transfers.</source>
        <translation>Envíos de policía evitados y envíos de ambulancia evitados en transferencias del 911.</translation>
    </message>
    <message>
        <source>Police dispatches avoided on 911 transfers times the police hours per avoided dispatch (a setting). Calls from 988, the direct line or co-responder teams are not counted: police would not have been dispatched to them.</source>
        <translation>Envíos de policía evitados en transferencias del 911 por las horas de policía por envío evitado (un ajuste de configuración). No se cuentan las llamadas del 988, de la línea directa ni de los equipos de respuesta conjunta: a ellas no se habría enviado a la policía.</translation>
    </message>
    <message>
        <source>Police hours saved times the police cost per hour, plus ambulance dispatches avoided times the cost per ambulance dispatch (settings, with their source printed below).</source>
        <translation>Horas de policía ahorradas por el costo por hora de la policía, más los envíos de ambulancia evitados por el costo por envío de ambulancia (ajustes de configuración, con su fuente indicada abajo).</translation>
    </message>
    <message>
        <source>Police requested</source>
        <translation>Se pidió policía</translation>
    </message>
    <message>
        <source>Police work hours saved</source>
        <translation>Horas de trabajo policial ahorradas</translation>
    </message>
    <message>
        <source>Preparatory behaviours</source>
        <translation>Conductas preparatorias</translation>
    </message>
    <message>
        <source>Psychological pain</source>
        <translation>Dolor psicológico</translation>
    </message>
    <message>
        <source>Psychosis or disorganised thinking</source>
        <translation>Psicosis o pensamiento desorganizado</translation>
    </message>
    <message>
        <source>Reached clients with &apos;diverted from EMS/police&apos; yes and never no.</source>
        <translation>Personas localizadas con &apos;se evitó EMS/policía&apos; en &apos;sí&apos; y nunca en &apos;no&apos;.</translation>
    </message>
    <message>
        <source>Reached clients with &apos;diverted from inpatient care&apos; yes and never no.</source>
        <translation>Personas localizadas con &apos;se evitó la hospitalización&apos; en &apos;sí&apos; y nunca en &apos;no&apos;.</translation>
    </message>
    <message>
        <source>Reached clients with the answer recorded.</source>
        <translation>Personas localizadas con la respuesta registrada.</translation>
    </message>
    <message>
        <source>Recent dramatic loss of sleep</source>
        <translation>Pérdida drástica y reciente de sueño</translation>
    </message>
    <message>
        <source>Relationship or family conflict</source>
        <translation>Conflicto de pareja o familiar</translation>
    </message>
    <message>
        <source>Resolved on the line</source>
        <translation>Se resolvió en la línea</translation>
    </message>
    <message>
        <source>Resolved on the line without police or EMS</source>
        <translation>Resueltas en la línea sin policía ni EMS</translation>
    </message>
    <message>
        <source>Returned to 911</source>
        <translation>Se devolvió al 911</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Autolesiones</translation>
    </message>
    <message>
        <source>Sense of purpose</source>
        <translation>Sentido de propósito</translation>
    </message>
    <message>
        <source>Share of callers asked about follow-up who agreed to it.</source>
        <translation>Porcentaje de las personas a las que se les preguntó por un seguimiento que lo aceptaron.</translation>
    </message>
    <message>
        <source>Share of calls where the counselor recorded that arrest was avoided. Filter the source &apos;Co-responder field encounter&apos; for the co-responder teams&apos; figure.</source>
        <translation>Porcentaje de llamadas en las que el consejero(a) registró que se evitó un arresto. Filtre el origen «Intervención conjunta en campo» para obtener el indicador de los equipos de respuesta conjunta.</translation>
    </message>
    <message>
        <source>Share of calls where the counselor recorded that hospitalization was avoided.</source>
        <translation>Porcentaje de llamadas en las que el consejero(a) registró que se evitó una hospitalización.</translation>
    </message>
    <message>
        <source>Share of calls whose disposition is &apos;Resolved on the line&apos; and whose outcome flags say neither police nor EMS was involved.</source>
        <translation>Porcentaje de llamadas cuyo cierre es «Se resolvió en la línea» y cuyos indicadores de resultado dicen que no intervinieron ni la policía ni EMS.</translation>
    </message>
    <message>
        <source>Share of consenting clients (one per call) reached by at least one follow-up contact. A person who answered and declined counts as not reached.</source>
        <translation>Porcentaje de las personas que dieron su consentimiento (una por llamada) a las que se localizó en al menos un contacto de seguimiento. Una persona que contestó y no quiso el seguimiento cuenta como no localizada.</translation>
    </message>
    <message>
        <source>Share of follow-up contacts whose first attempt fell within their due window. A first attempt before the window is early, after it late; a window that ended without any attempt is missed. Contacts cancelled before any attempt are excluded.</source>
        <translation>Porcentaje de contactos de seguimiento cuyo primer intento cayó dentro de su plazo. Un primer intento antes del plazo es anticipado, y después, tardío; un plazo que terminó sin ningún intento es un contacto perdido. Se excluyen los contactos cancelados antes de cualquier intento.</translation>
    </message>
    <message>
        <source>Share of reached clients (one per call) who had no further EMS or police contact, as recorded at the follow-up. One &apos;no&apos; at any contact counts the client as not diverted.</source>
        <translation>Porcentaje de las personas localizadas (una por llamada) que no tuvieron más contacto con EMS ni con la policía, según lo registrado en el seguimiento. Un &apos;no&apos; en cualquier contacto hace que la persona cuente como que no lo evitó.</translation>
    </message>
    <message>
        <source>Share of reached clients (one per call) who were not admitted to inpatient care, as recorded at the follow-up. One &apos;no&apos; at any contact counts the client as not diverted.</source>
        <translation>Porcentaje de las personas localizadas (una por llamada) que no fueron hospitalizadas, según lo registrado en el seguimiento. Un &apos;no&apos; en cualquier contacto hace que la persona cuente como que no lo evitó.</translation>
    </message>
    <message>
        <source>Signal the supervisor</source>
        <translation>Avisar al supervisor</translation>
    </message>
    <message>
        <source>Slow the pace: lower voice, short sentences</source>
        <translation>Bajar el ritmo: voz más baja, frases cortas</translation>
    </message>
    <message>
        <source>Social supports</source>
        <translation>Apoyos sociales</translation>
    </message>
    <message>
        <source>Someone calling about another person in crisis.</source>
        <translation>Alguien que llama por otra persona en crisis.</translation>
    </message>
    <message>
        <source>Stay on the line until emergency services make contact</source>
        <translation>Permanecer en la línea hasta que los servicios de emergencia hagan contacto</translation>
    </message>
    <message>
        <source>Steps for calming a caller in acute distress and moving toward safety.</source>
        <translation>Pasos para calmar a una persona con malestar agudo y avanzar hacia su seguridad.</translation>
    </message>
    <message>
        <source>Suicidal capability</source>
        <translation>Capacidad suicida</translation>
    </message>
    <message>
        <source>Suicidal desire</source>
        <translation>Deseo suicida</translation>
    </message>
    <message>
        <source>Suicidal ideation</source>
        <translation>Ideación suicida</translation>
    </message>
    <message>
        <source>Suicidal intent</source>
        <translation>Intención suicida</translation>
    </message>
    <message>
        <source>Suicidal thoughts</source>
        <translation>Pensamientos suicidas</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor(a)</translation>
    </message>
    <message>
        <source>Supervisor notified</source>
        <translation>Se avisó al supervisor</translation>
    </message>
    <message>
        <source>Tell the requester what will happen next (within consent)</source>
        <translation>Decir a quien hizo la solicitud qué pasará después (dentro de lo consentido)</translation>
    </message>
    <message>
        <source>Third-party caller</source>
        <translation>Llama un tercero</translation>
    </message>
    <message>
        <source>Trauma or recent crisis event</source>
        <translation>Trauma o crisis reciente</translation>
    </message>
    <message>
        <source>Try to reach the person of concern directly</source>
        <translation>Intentar comunicarse directamente con la persona por quien se llama</translation>
    </message>
    <message>
        <source>Veteran or military-related</source>
        <translation>Veteranos o asuntos militares</translation>
    </message>
    <message>
        <source>Warm transfer</source>
        <translation>Transferencia asistida</translation>
    </message>
    <message>
        <source>Welfare concern</source>
        <translation>Preocupación por el bienestar</translation>
    </message>
    <message>
        <source>Welfare concern (third party)</source>
        <translation>Preocupación por el bienestar (tercero)</translation>
    </message>
    <message>
        <source>Work with the caller on a plan to stay safe right now</source>
        <translation>Trabajar con la persona en un plan para mantenerse a salvo ahora</translation>
    </message>
    <message>
        <source>Youth or school concern</source>
        <translation>Jóvenes o asuntos escolares</translation>
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
    <name>Directory</name>
    <message>
        <source>Choose a service in the list to see its phones, hours and eligibility.</source>
        <translation>Elija un servicio de la lista para ver sus teléfonos, su horario y sus requisitos.</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>No se indica</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Costos</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Cómo solicitarlo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Detalles del servicio</translation>
    </message>
    <message>
        <source>Service alert</source>
        <translation>Aviso del servicio</translation>
    </message>
    <message>
        <source>Opening hours now</source>
        <translation>Horario de atención ahora</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>&amp;Copy phone</source>
        <translation>&amp;Copiar teléfono</translation>
    </message>
    <message>
        <source>Copy the first phone number (Ctrl+Shift+C)</source>
        <translation>Copiar el primer número de teléfono (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Refer to call…</source>
        <translation>Dar &amp;referido en la llamada…</translation>
    </message>
    <message>
        <source>Add this service to the open call&apos;s referrals (Ctrl+Enter)</source>
        <translation>Agregar este servicio a los referidos de la llamada abierta (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>no longer active</source>
        <translation>ya no está activo</translation>
    </message>
    <message>
        <source>Alert: {alert}</source>
        <translation>Aviso: {alert}</translation>
    </message>
    <message>
        <source>Open a call in the intake workspace to refer to it.</source>
        <translation>Abra una llamada en Llamadas para referir a la persona a este servicio.</translation>
    </message>
    <message>
        <source>&amp;Refer to call {reference}…</source>
        <translation>Dar &amp;referido en la llamada {reference}…</translation>
    </message>
    <message>
        <source>Someone changed this record while you were editing. Close the form, look at the current record and make your change again; what you typed is still in this form to copy from.</source>
        <translation>Otra persona modificó este registro mientras usted lo editaba. Cierre el formulario, revise el registro actual y vuelva a hacer su cambio; lo que escribió sigue en este formulario para que lo copie.</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Servicio nuevo</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Editar servicio</translation>
    </message>
    <message>
        <source>&amp;Save service</source>
        <translation>&amp;Guardar servicio</translation>
    </message>
    <message>
        <source>Locations and opening hours come from an HSDS import.</source>
        <translation>Las ubicaciones y los horarios de atención vienen de una importación HSDS.</translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation>Cargando organizaciones…</translation>
    </message>
    <message>
        <source>&amp;Verified on</source>
        <translation>&amp;Verificado el</translation>
    </message>
    <message>
        <source>Verification date</source>
        <translation>Fecha de verificación</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Eligibility:</source>
        <translation>&amp;Requisitos:</translation>
    </message>
    <message>
        <source>&amp;Fees:</source>
        <translation>Cos&amp;tos:</translation>
    </message>
    <message>
        <source>How to a&amp;pply:</source>
        <translation>Cómo &amp;solicitarlo:</translation>
    </message>
    <message>
        <source>Main p&amp;hone:</source>
        <translation>Teléfono &amp;principal:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Last verified:</source>
        <translation>Última verificación:</translation>
    </message>
    <message>
        <source>Choose an organization</source>
        <translation>Elija una organización</translation>
    </message>
    <message>
        <source>Organization: choose the organization that offers the service.</source>
        <translation>Organización: elija la organización que ofrece el servicio.</translation>
    </message>
    <message>
        <source>Name: enter the service&apos;s name.</source>
        <translation>Nombre: escriba el nombre del servicio.</translation>
    </message>
    <message>
        <source>The service cannot be saved yet.</source>
        <translation>Todavía no se puede guardar el servicio.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Organización nueva</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>&amp;Save organization</source>
        <translation>&amp;Guardar organización</translation>
    </message>
    <message>
        <source>The organization cannot be saved yet.</source>
        <translation>Todavía no se puede guardar la organización.</translation>
    </message>
    <message>
        <source>Name: enter the organization&apos;s name.</source>
        <translation>Nombre: escriba el nombre de la organización.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Nueva organización…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Deactivating an organization also deactivates its services.</source>
        <translation>Al desactivar una organización también se desactivan sus servicios.</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Se agregó {name}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se guardó {name}.</translation>
    </message>
    <message>
        <source>Deactivate organization</source>
        <translation>Desactivar organización</translation>
    </message>
    <message>
        <source>Deactivate {name} and its {services}? They will no longer appear in searches.</source>
        <translation>¿Desactivar {name} y sus {services}? Ya no aparecerán en las búsquedas.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>services</source>
        <translation>servicios</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>{name} reactivated.</source>
        <translation>Se reactivó {name}.</translation>
    </message>
    <message>
        <source>{name} deactivated.</source>
        <translation>Se desactivó {name}.</translation>
    </message>
    <message>
        <source>{miles} mi</source>
        <translation>{miles} mi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Hours now</source>
        <translation>Horario ahora</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Refer to a service</source>
        <translation>Referir a un servicio</translation>
    </message>
    <message>
        <source>Refer call {reference}</source>
        <translation>Referido en la llamada {reference}</translation>
    </message>
    <message>
        <source>&amp;Note for the record (what was agreed, who to ask for):</source>
        <translation>&amp;Nota para el registro (lo acordado, por quién preguntar):</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>Nota del referido</translation>
    </message>
    <message>
        <source>For example: caller will call tomorrow morning; ask for intake.</source>
        <translation>Por ejemplo: la persona llamará mañana por la mañana; debe preguntar por admisiones.</translation>
    </message>
    <message>
        <source>&amp;Warm handoff: I am connecting the caller to this service</source>
        <translation>&amp;Transferencia asistida: estoy comunicando a la persona con este servicio</translation>
    </message>
    <message>
        <source>&amp;Add referral</source>
        <translation>&amp;Agregar referido</translation>
    </message>
    <message>
        <source>{count} characters left.</source>
        <translation>Quedan {count} caracteres.</translation>
    </message>
    <message>
        <source>{count} characters over the limit.</source>
        <translation>{count} caracteres por encima del límite.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Defunct</source>
        <translation>Ya no existe</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Cerrado temporalmente</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>voz</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>celular</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>localizador</translation>
    </message>
    <message>
        <source>textphone</source>
        <translation>teléfono de texto (TTY)</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Last verified {date}.</source>
        <translation>Se verificó por última vez el {date}.</translation>
    </message>
    <message>
        <source>Choose an HSDS data package</source>
        <translation>Elija un paquete de datos HSDS</translation>
    </message>
    <message>
        <source>HSDS package (*.zip datapackage.json *.csv)</source>
        <translation>Paquete HSDS (*.zip datapackage.json *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a folder for the HSDS files</source>
        <translation>Elija una carpeta para los archivos HSDS</translation>
    </message>
    <message>
        <source>Imported from {source}.</source>
        <translation>Importado de {source}.</translation>
    </message>
    <message>
        <source>Nothing was changed from {source}.</source>
        <translation>No se importó nada de {source}.</translation>
    </message>
    <message>
        <source>{table}: {rows} rows, {created} new, {updated} updated, {deactivated} deactivated, {rejected} rejected</source>
        <translation>{table}: {rows} filas, {created} nuevas, {updated} actualizadas, {deactivated} desactivadas, {rejected} rechazadas</translation>
    </message>
    <message>
        <source>Files not imported (tables the directory does not keep):</source>
        <translation>Archivos no importados (tablas que el directorio no guarda):</translation>
    </message>
    <message>
        <source>Optional files not in the package:</source>
        <translation>Archivos opcionales que no están en el paquete:</translation>
    </message>
    <message>
        <source>Rejected rows ({count}):</source>
        <translation>Filas rechazadas ({count}):</translation>
    </message>
    <message>
        <source>Warnings ({count}):</source>
        <translation>Advertencias ({count}):</translation>
    </message>
    <message>
        <source>… and {count} more (the command line lists all).</source>
        <translation>… y {count} más (la línea de comandos las muestra todas).</translation>
    </message>
    <message>
        <source>Import HSDS data</source>
        <translation>Importar datos HSDS</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de la importación</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>From {path}</source>
        <translation>De {path}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Imported, but {count} rows were rejected — see the list below.</source>
        <translation>Se importó, pero se rechazaron {count} filas; vea la lista de abajo.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Se importó.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>The open call has no coordinates for the caller&apos;s location.</source>
        <translation>La llamada abierta no tiene coordenadas de la ubicación de la persona que llama.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Service, organization, need or category</source>
        <translation>Servicio, organización, necesidad o categoría</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Buscar servicios</translation>
    </message>
    <message>
        <source>Search services (Ctrl+F); Down arrow moves to the results</source>
        <translation>Buscar servicios (Ctrl+F); la flecha hacia abajo lleva a los resultados</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Open now</source>
        <translation>Abierto a&amp;hora</translation>
    </message>
    <message>
        <source>City or ZIP</source>
        <translation>Ciudad o código postal</translation>
    </message>
    <message>
        <source>City or ZIP code</source>
        <translation>Ciudad o código postal</translation>
    </message>
    <message>
        <source>&amp;Near caller, within</source>
        <translation>Cerca de la &amp;persona, a menos de</translation>
    </message>
    <message>
        <source>Distance from the caller in miles</source>
        <translation>Distancia desde la persona que llama, en millas</translation>
    </message>
    <message>
        <source>mi</source>
        <translation>mi</translation>
    </message>
    <message>
        <source>Include &amp;inactive</source>
        <translation>Incluir i&amp;nactivos</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation>Servicio n&amp;uevo…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Desacti&amp;var</translation>
    </message>
    <message>
        <source>O&amp;rganizations…</source>
        <translation>Or&amp;ganizaciones…</translation>
    </message>
    <message>
        <source>I&amp;mport HSDS…</source>
        <translation>I&amp;mportar HSDS…</translation>
    </message>
    <message>
        <source>E&amp;xport HSDS…</source>
        <translation>E&amp;xportar HSDS…</translation>
    </message>
    <message>
        <source>{count} matching “{text}”</source>
        <translation>{count} para la búsqueda “{text}”</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reacti&amp;var</translation>
    </message>
    <message>
        <source>Deactivate service</source>
        <translation>Desactivar servicio</translation>
    </message>
    <message>
        <source>Deactivate {name}? It will no longer appear in searches.</source>
        <translation>¿Desactivar {name}? Ya no aparecerá en las búsquedas.</translation>
    </message>
    <message>
        <source>Import finished: {summary}.</source>
        <translation>Importación terminada: {summary}.</translation>
    </message>
    <message>
        <source>Exporting to {folder}…</source>
        <translation>Exportando a {folder}…</translation>
    </message>
    <message>
        <source>Exported to {folder}: {summary}.</source>
        <translation>Exportado a {folder}: {summary}.</translation>
    </message>
    <message>
        <source>This service lists no phone number.</source>
        <translation>Este servicio no tiene ningún número de teléfono.</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Primero elija un servicio.</translation>
    </message>
    <message>
        <source>This service is no longer active; choose another.</source>
        <translation>Este servicio ya no está activo; elija otro.</translation>
    </message>
    <message>
        <source>Copied {text}.</source>
        <translation>Se copió {text}.</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
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
        <translation>Cierre</translation>
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
        <source>None given</source>
        <translation>No se indicaron</translation>
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
        <source>Someone changed this follow-up while the form was open. Nothing was changed; close the form, look at the follow-up again, then decide.</source>
        <translation>Alguien modificó este seguimiento mientras el formulario estaba abierto. No se cambió nada; cierre el formulario, revise de nuevo el seguimiento y luego decida.</translation>
    </message>
    <message>
        <source>Export my follow-ups to calendar</source>
        <translation>Exportar mis seguimientos al calendario</translation>
    </message>
    <message>
        <source>Calendar (*.ics);;All files (*)</source>
        <translation>Calendario (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Record attempt</source>
        <translation>Registrar intento</translation>
    </message>
    <message>
        <source>Rec&amp;ord attempt</source>
        <translation>Re&amp;gistrar intento</translation>
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
        <translation>Se evitó la h&amp;ospitalización:</translation>
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
        <source>The follow-up will be complete. Record the outcome above.</source>
        <translation>El seguimiento quedará completado. Registre el resultado arriba.</translation>
    </message>
    <message>
        <source>The person declined: the follow-up will be complete.</source>
        <translation>La persona lo rechazó: el seguimiento quedará completado.</translation>
    </message>
    <message>
        <source>This is unsuccessful attempt {number} of {limit}: the follow-up will close as unreachable, and a supervisor will review it.</source>
        <translation>Este es el intento sin éxito {number} de {limit}: el seguimiento se cerrará como no localizado y un supervisor lo revisará.</translation>
    </message>
    <message>
        <source>Unsuccessful attempt {number} of {limit}; it stays open.</source>
        <translation>Intento sin éxito {number} de {limit}; sigue abierto.</translation>
    </message>
    <message>
        <source>The attempt cannot be recorded yet.</source>
        <translation>Todavía no se puede registrar el intento.</translation>
    </message>
    <message>
        <source>Notes: at most {limit} characters (now {count}).</source>
        <translation>Notas: como máximo {limit} caracteres (ahora {count}).</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Move follow-up</source>
        <translation>Reprogramar seguimiento</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Reprogramar</translation>
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
        <source>{follow_up}, now due between {window}. Times are local.</source>
        <translation>{follow_up}, ahora vence entre {window}. Las horas son locales.</translation>
    </message>
    <message>
        <source>The follow-up cannot be moved yet.</source>
        <translation>Todavía no se puede reprogramar el seguimiento.</translation>
    </message>
    <message>
        <source>Due by: it must come after Due from.</source>
        <translation>Plazo hasta: debe ser posterior a Plazo desde.</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Reprogramando…</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>Cancelar seguimiento</translation>
    </message>
    <message>
        <source>Ca&amp;ncel follow-up</source>
        <translation>Ca&amp;ncelar seguimiento</translation>
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
        <source>{follow_up}. No one will be asked to make this contact.</source>
        <translation>{follow_up}. No se le pedirá a nadie que haga este contacto.</translation>
    </message>
    <message>
        <source>The follow-up cannot be cancelled yet.</source>
        <translation>Todavía no se puede cancelar el seguimiento.</translation>
    </message>
    <message>
        <source>Reason: say why it is cancelled.</source>
        <translation>Motivo: indique por qué se cancela.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Agregar seguimiento</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Agregar seguimiento</translation>
    </message>
    <message>
        <source>Only for a call whose caller agreed to follow-up. Times are local; the number may stay empty to use the number given on the call.</source>
        <translation>Solo para una llamada cuya persona aceptó el seguimiento. Las horas son locales; el número puede quedar vacío para usar el que se dio en la llamada.</translation>
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
        <translation>Horarios &amp;preferidos:</translation>
    </message>
    <message>
        <source>Loading calls…</source>
        <translation>Cargando llamadas…</translation>
    </message>
    <message>
        <source>Call: choose the call the follow-up belongs to.</source>
        <translation>Llamada: elija la llamada a la que pertenece el seguimiento.</translation>
    </message>
    <message>
        <source>The follow-up cannot be added yet.</source>
        <translation>Todavía no se puede agregar el seguimiento.</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Programando…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Agregando…</translation>
    </message>
    <message>
        <source>No follow-up was added.</source>
        <translation>No se agregó ningún seguimiento.</translation>
    </message>
    <message>
        <source>Added a follow-up for call {reference}.</source>
        <translation>Se agregó un seguimiento para la llamada {reference}.</translation>
    </message>
    <message>
        <source>Call {reference} has {count} follow-ups from its plan.</source>
        <translation>La llamada {reference} tiene {count} seguimientos de su plan.</translation>
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
        <translation>Sin asigna&amp;r</translation>
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
        <source>Peer specialists, supervisors and the call&apos;s counselor see the number and the attempts.</source>
        <translation>Los especialistas de apoyo entre pares, los supervisores y el consejero de la llamada ven el número y los intentos.</translation>
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
        <translation>Re&amp;gistrar intento…</translation>
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
        <translation>Agregar seg&amp;uimiento…</translation>
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
        <source>Moved the follow-up for call {reference}: {when}.</source>
        <translation>Se reprogramó el seguimiento de la llamada {reference}: {when}.</translation>
    </message>
    <message>
        <source>Cancelled the follow-up for call {reference}.</source>
        <translation>Se canceló el seguimiento de la llamada {reference}.</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Exportando a {path}…</translation>
    </message>
    <message>
        <source>You have the follow-up for call {reference}. The number to call is in the details; record each attempt.</source>
        <translation>Usted tiene el seguimiento de la llamada {reference}. El número al que llamar está en los detalles; registre cada intento.</translation>
    </message>
    <message>
        <source>Released the follow-up for call {reference}: it is back in the queue.</source>
        <translation>Se liberó el seguimiento de la llamada {reference}: volvió a la cola.</translation>
    </message>
    <message>
        <source>Copied {text}.</source>
        <translation>Se copió {text}.</translation>
    </message>
    <message>
        <source>No number to copy for this follow-up.</source>
        <translation>Este seguimiento no tiene número para copiar.</translation>
    </message>
    <message>
        <source>The follow-up for call {reference} is complete.</source>
        <translation>El seguimiento de la llamada {reference} está completado.</translation>
    </message>
    <message>
        <source>The follow-up for call {reference} closed as unreachable after {attempts} attempts; a supervisor will review it.</source>
        <translation>El seguimiento de la llamada {reference} se cerró como no localizado después de {attempts} intentos; un supervisor lo revisará.</translation>
    </message>
    <message>
        <source>Attempt recorded for call {reference}.</source>
        <translation>Se registró el intento para la llamada {reference}.</translation>
    </message>
    <message>
        <source>Attempt {number} recorded for call {reference}; it stays open (1 more unsuccessful attempt before it closes).</source>
        <translation>Se registró el intento {number} para la llamada {reference}; sigue abierto (1 intento más sin éxito antes de cerrarse).</translation>
    </message>
    <message>
        <source>Attempt {number} recorded for call {reference}; it stays open ({left} more unsuccessful attempts before it closes).</source>
        <translation>Se registró el intento {number} para la llamada {reference}; sigue abierto ({left} intentos más sin éxito antes de cerrarse).</translation>
    </message>
    <message>
        <source>Exported 1 follow-up to {path} (call reference and initials only).</source>
        <translation>Se exportó 1 seguimiento a {path} (solo referencia de la llamada e iniciales).</translation>
    </message>
    <message>
        <source>Exported {count} follow-ups to {path} (call reference and initials only).</source>
        <translation>Se exportaron {count} seguimientos a {path} (solo referencia de la llamada e iniciales).</translation>
    </message>
    <message>
        <source>No follow-ups of yours fall in this week.</source>
        <translation>No tiene seguimientos esta semana.</translation>
    </message>
    <message>
        <source>{weekday} {month}/{day}</source>
        <translation>{weekday} {day}/{month}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Week of {start} – {end}</source>
        <translation>Semana del {start} al {end}</translation>
    </message>
    <message>
        <source>by {moment}</source>
        <translation>antes de {moment}</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>Semana anteri&amp;or</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Esta sema&amp;na</translation>
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
    <message>
        <source>Follow-up due</source>
        <translation>Seguimiento pendiente</translation>
    </message>
    <message>
        <source>Call {reference}{initials}: {due}.</source>
        <translation>Llamada {reference}{initials}: {due}.</translation>
    </message>
    <message>
        <source>{count} follow-ups you claimed are due: {references}.</source>
        <translation>Vencen {count} seguimientos que usted tomó: {references}.</translation>
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
        <source>optional</source>
        <translation>opcional</translation>
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
        <source>CAD incident number</source>
        <translation>número de incidente CAD</translation>
    </message>
    <message>
        <source>PSAP</source>
        <translation>PSAP (centro de atención)</translation>
    </message>
    <message>
        <source>transfer time</source>
        <translation>hora de transferencia</translation>
    </message>
    <message>
        <source>telecommunicator</source>
        <translation>telecomunicador(a)</translation>
    </message>
    <message>
        <source>911 nature</source>
        <translation>naturaleza (911)</translation>
    </message>
    <message>
        <source>officer on standby</source>
        <translation>oficial en espera</translation>
    </message>
    <message>
        <source>call-back number</source>
        <translation>número para devolver la llamada</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>cross streets</source>
        <translation>calles que cruzan</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitud</translation>
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
        <source>{item}: time done</source>
        <translation>{item}: hora en que se hizo</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>{title} (v{version}) — started {time} — {done} of {total} done</source>
        <translation>{title} (v{version}) — iniciada a las {time} — {done} de {total} hechos</translation>
    </message>
    <message>
        <source>{title} checklist</source>
        <translation>Lista de verificación: {title}</translation>
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
        <source>While you were working on {reference}, it was saved elsewhere (now version {version}). Nothing has been overwritten. For each field below, choose which value to keep, or keep all of yours or all of theirs.</source>
        <translation>Mientras usted trabajaba en {reference}, se guardó en otro lugar (ahora versión {version}). No se sobrescribió nada. Para cada campo de abajo, elija qué valor conservar, o conserve todos los suyos o todos los de la otra versión.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine (this workstation)</source>
        <translation>Mi versión (esta estación de trabajo)</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>La otra versión (guardada)</translation>
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
        <translation>Cómo terminó la llamada (cierre principal)</translation>
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
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Sin evaluación</translation>
    </message>
    <message>
        <source>Q{number} yes</source>
        <translation>P{number} sí</translation>
    </message>
    <message>
        <source>Q{number} no</source>
        <translation>P{number} no</translation>
    </message>
    <message>
        <source>past 3 months yes</source>
        <translation>últimos 3 meses sí</translation>
    </message>
    <message>
        <source>past 3 months no</source>
        <translation>últimos 3 meses no</translation>
    </message>
    <message>
        <source>None done</source>
        <translation>Ninguno hecho</translation>
    </message>
    <message>
        <source>None started</source>
        <translation>Ninguna iniciada</translation>
    </message>
    <message>
        <source>{title}: {done}/{total} done</source>
        <translation>{title}: {done}/{total} hechos</translation>
    </message>
    <message>
        <source>(warm handoff)</source>
        <translation>(transferencia asistida)</translation>
    </message>
    <message>
        <source>Safety plan: {section}</source>
        <translation>Plan de seguridad: {section}</translation>
    </message>
    <message>
        <source>911: CAD incident number</source>
        <translation>911: número de incidente CAD</translation>
    </message>
    <message>
        <source>911: PSAP</source>
        <translation>911: PSAP (centro de atención)</translation>
    </message>
    <message>
        <source>911: transfer time</source>
        <translation>911: hora de transferencia</translation>
    </message>
    <message>
        <source>911: telecommunicator</source>
        <translation>911: telecomunicador(a)</translation>
    </message>
    <message>
        <source>911: nature or reason</source>
        <translation>911: naturaleza o motivo</translation>
    </message>
    <message>
        <source>911: officer on standby</source>
        <translation>911: oficial en espera</translation>
    </message>
    <message>
        <source>Co-responder: officer</source>
        <translation>Intervención conjunta: oficial</translation>
    </message>
    <message>
        <source>Co-responder: unit</source>
        <translation>Intervención conjunta: unidad</translation>
    </message>
    <message>
        <source>Caller: anonymous</source>
        <translation>Persona que llama: anónima</translation>
    </message>
    <message>
        <source>Caller: name</source>
        <translation>Persona que llama: nombre</translation>
    </message>
    <message>
        <source>Caller: preferred name</source>
        <translation>Persona que llama: nombre preferido</translation>
    </message>
    <message>
        <source>Caller: pronouns</source>
        <translation>Persona que llama: pronombres</translation>
    </message>
    <message>
        <source>Caller: age</source>
        <translation>Persona que llama: edad</translation>
    </message>
    <message>
        <source>Caller: age range</source>
        <translation>Persona que llama: rango de edad</translation>
    </message>
    <message>
        <source>Caller: language</source>
        <translation>Persona que llama: idioma</translation>
    </message>
    <message>
        <source>Caller: interpreter used</source>
        <translation>Persona que llama: se usó intérprete</translation>
    </message>
    <message>
        <source>Caller: call-back number</source>
        <translation>Persona que llama: número para devolver la llamada</translation>
    </message>
    <message>
        <source>Caller: address</source>
        <translation>Persona que llama: dirección</translation>
    </message>
    <message>
        <source>Caller: cross streets</source>
        <translation>Persona que llama: calles que cruzan</translation>
    </message>
    <message>
        <source>Caller: latitude</source>
        <translation>Persona que llama: latitud</translation>
    </message>
    <message>
        <source>Caller: longitude</source>
        <translation>Persona que llama: longitud</translation>
    </message>
    <message>
        <source>Caller: third-party caller</source>
        <translation>Persona que llama: llama un tercero</translation>
    </message>
    <message>
        <source>Caller: relationship to the person</source>
        <translation>Persona que llama: relación con la persona</translation>
    </message>
    <message>
        <source>Presenting concerns</source>
        <translation>Motivos de la llamada</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>Substance use treatment information</source>
        <translation>Información de tratamiento por uso de sustancias</translation>
    </message>
    <message>
        <source>Risk: C-SSRS screener</source>
        <translation>Riesgo: evaluación C-SSRS</translation>
    </message>
    <message>
        <source>Risk: Lifeline assessment</source>
        <translation>Riesgo: evaluación Lifeline</translation>
    </message>
    <message>
        <source>Imminent-risk steps</source>
        <translation>Pasos del protocolo de riesgo inminente</translation>
    </message>
    <message>
        <source>Mobile crisis team dispatched</source>
        <translation>Se envió al equipo móvil de crisis</translation>
    </message>
    <message>
        <source>Warm transfer to</source>
        <translation>Transferencia asistida a</translation>
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
        <source>Follow-up consent</source>
        <translation>Consentimiento para seguimiento</translation>
    </message>
    <message>
        <source>Follow-up: preferred times</source>
        <translation>Seguimiento: horarios preferidos</translation>
    </message>
    <message>
        <source>Follow-up: number</source>
        <translation>Seguimiento: número</translation>
    </message>
    <message>
        <source>Outcome: police avoided</source>
        <translation>Resultado: se evitó el contacto con la policía</translation>
    </message>
    <message>
        <source>Outcome: EMS avoided</source>
        <translation>Resultado: se evitó EMS</translation>
    </message>
    <message>
        <source>Outcome: arrest avoided</source>
        <translation>Resultado: se evitó un arresto</translation>
    </message>
    <message>
        <source>Outcome: hospitalization avoided</source>
        <translation>Resultado: se evitó una hospitalización</translation>
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
        <source>This is not a time. Type it as 15:02, or with the date as 2026-11-28 15:02.</source>
        <translation>Esto no es una hora. Escríbala como 15:02, o con la fecha como 2026-11-28 15:02.</translation>
    </message>
    <message>
        <source>Without the caller&apos;s consent this handoff may only go out in an emergency. If the caller&apos;s safety cannot wait for consent, tick Emergency override and say why. The reason is printed on the handoff and kept in the disclosure log and the audit trail, where a supervisor reviews it. Otherwise close this window, record the caller&apos;s consent in the Disposition tab and save the call.</source>
        <translation>Sin el consentimiento de la persona, este traspaso solo puede salir en una emergencia. Si la seguridad de la persona no puede esperar al consentimiento, marque Excepción de emergencia y explique por qué. El motivo se imprime en el traspaso y se guarda en el registro de divulgaciones y en el registro de auditoría, donde lo revisa un supervisor. De lo contrario, cierre esta ventana, registre el consentimiento de la persona en la pestaña Cierre y seguimiento y guarde la llamada.</translation>
    </message>
    <message>
        <source>Caller&apos;s safety plan (English)</source>
        <translation>Plan de seguridad de la persona (inglés)</translation>
    </message>
    <message>
        <source>Caller&apos;s safety plan (Spanish)</source>
        <translation>Plan de seguridad de la persona (español)</translation>
    </message>
    <message>
        <source>Save the handoff PDF</source>
        <translation>Guardar el PDF de traspaso</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handoff PDF for call {reference}</source>
        <translation>PDF de traspaso de la llamada {reference}</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>A PDF that leaves the building is a disclosure: it is logged with the recipient, the purpose and the caller&apos;s consent. It carries only what its recipient needs.</source>
        <translation>Un PDF que sale del centro es una divulgación: se registra con el destinatario, el propósito y el consentimiento de la persona. Solo lleva lo que su destinatario necesita.</translation>
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
        <source>Consent: not needed; the caller receives their own safety plan.</source>
        <translation>Consentimiento: no hace falta; la persona recibe su propio plan de seguridad.</translation>
    </message>
    <message>
        <source>Consent: given; the caller agreed (recorded on the call).</source>
        <translation>Consentimiento: dado; la persona aceptó (registrado en la llamada).</translation>
    </message>
    <message>
        <source>Consent: not needed; this call is an emergency and this recipient can help keep the caller safe.</source>
        <translation>Consentimiento: no hace falta; esta llamada es una emergencia y este destinatario puede ayudar a mantener a salvo a la persona.</translation>
    </message>
    <message>
        <source>Record the caller&apos;s consent on the call, or tick Emergency override and give the reason.</source>
        <translation>Registre el consentimiento de la persona en la llamada, o marque Excepción de emergencia e indique el motivo.</translation>
    </message>
    <message>
        <source>Reason: say why this handoff cannot wait for the caller&apos;s consent.</source>
        <translation>Motivo: indique por qué este traspaso no puede esperar el consentimiento de la persona.</translation>
    </message>
    <message>
        <source>This handoff needs the caller&apos;s consent.</source>
        <translation>Este traspaso necesita el consentimiento de la persona.</translation>
    </message>
    <message>
        <source>The PDF was made but could not be written to {folder} ({error}).</source>
        <translation>El PDF se generó, pero no se pudo escribir en {folder} ({error}).</translation>
    </message>
    <message>
        <source>Choose another folder and try again. The disclosure was logged.</source>
        <translation>Elija otra carpeta e inténtelo de nuevo. La divulgación quedó registrada.</translation>
    </message>
    <message>
        <source>Making the PDF and opening it…</source>
        <translation>Generando el PDF y abriéndolo…</translation>
    </message>
    <message>
        <source>Making and saving the PDF…</source>
        <translation>Generando y guardando el PDF…</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}</source>
        <translation>Se guardó {file} en {folder}</translation>
    </message>
    <message>
        <source>Opened {file} in your PDF viewer</source>
        <translation>Se abrió {file} en su visor de PDF</translation>
    </message>
    <message>
        <source>No PDF viewer could be opened on this workstation.</source>
        <translation>No se pudo abrir ningún visor de PDF en esta estación de trabajo.</translation>
    </message>
    <message>
        <source>Use Save PDF… instead. The disclosure was logged.</source>
        <translation>Use Guardar PDF… en su lugar. La divulgación quedó registrada.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <source>{done} ({pages}). The disclosure is logged.</source>
        <translation>{done} ({pages}). La divulgación quedó registrada.</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Advertencia: {warning}</translation>
    </message>
    <message>
        <source>Consent: needed and missing.</source>
        <translation>Consentimiento: hace falta y no se tiene.</translation>
    </message>
    <message>
        <source>Live imminent-risk calls</source>
        <translation>Llamadas en curso con riesgo inminente</translation>
    </message>
    <message>
        <source>IMMINENT RISK — 1 live call (supervisor: stay informed, confirm emergency contact)</source>
        <translation>RIESGO INMINENTE — 1 llamada en curso (supervisor: manténgase informado y confirme el contacto de emergencia)</translation>
    </message>
    <message>
        <source>IMMINENT RISK — {count} live calls (supervisor: stay informed, confirm emergency contact)</source>
        <translation>RIESGO INMINENTE — {count} llamadas en curso (supervisor: manténgase informado y confirme el contacto de emergencia)</translation>
    </message>
    <message>
        <source>{reference} — {counselor} — {source} — started {time} ({minutes} min)</source>
        <translation>{reference} — {counselor} — {source} — inicio {time} ({minutes} min)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open {reference}</source>
        <translation>Abrir {reference}</translation>
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
        <source>{step}: done</source>
        <translation>{step}: hecho</translation>
    </message>
    <message>
        <source>Mark &apos;{step}&apos; done now (the time is recorded)</source>
        <translation>Marcar “{step}” como hecho ahora (se registra la hora)</translation>
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
        <source>✓ Done {time} by {name}</source>
        <translation>✓ Hecho a las {time} por {name}</translation>
    </message>
    <message>
        <source>✓ Done {time}</source>
        <translation>✓ Hecho a las {time}</translation>
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
        <translation>Cierre</translation>
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
        <source>warm handoff</source>
        <translation>transferencia asistida</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Remove the selected referral from this call (Delete)</source>
        <translation>Quitar de esta llamada el referido seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Given {time} by {name}</source>
        <translation>Dado {time} por {name}</translation>
    </message>
    <message>
        <source>Given {time}</source>
        <translation>Dado {time}</translation>
    </message>
    <message>
        <source>Given by {name}</source>
        <translation>Dado por {name}</translation>
    </message>
    <message>
        <source>C-SSRS questions in English: read them from your center&apos;s validated Spanish version.</source>
        <translation>Preguntas de la C-SSRS en inglés: léalas con la versión validada en español de su centro.</translation>
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
        <source>{title} (version {version})</source>
        <translation>{title} (versión {version})</translation>
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
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mías</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abiertas</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <source>&amp;911 transfer</source>
        <translation>&amp;Transferencia del 911</translation>
    </message>
    <message>
        <source>9&amp;88</source>
        <translation>Línea 9&amp;88</translation>
    </message>
    <message>
        <source>&amp;Direct line</source>
        <translation>Línea &amp;directa</translation>
    </message>
    <message>
        <source>&amp;Co-responder field encounter</source>
        <translation>&amp;Intervención conjunta en campo</translation>
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
        <source>Calls</source>
        <translation>Llamadas</translation>
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
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <source>{shown} matching “{text}”. Another counselor&apos;s call? Break glass… (Alt+B)</source>
        <translation>{shown} para la búsqueda “{text}”. ¿Es la llamada de otro consejero? Acceso de emergencia… (Alt+E)</translation>
    </message>
    <message>
        <source>{shown} matching “{text}”</source>
        <translation>{shown} para la búsqueda “{text}”</translation>
    </message>
    <message>
        <source>Break-glass access to {reference} until {time}; your supervisors were told.</source>
        <translation>Acceso de emergencia a {reference} hasta las {time}; se avisó a sus supervisores.</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>¿Descartar este borrador?</translation>
    </message>
    <message>
        <source>The unfinished call {reference} will be deleted from this workstation. What was saved to the database stays there.</source>
        <translation>La llamada sin terminar {reference} se borrará de esta estación de trabajo. Lo que se guardó en la base de datos se queda ahí.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
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
        <source>Recovered draft, last typed</source>
        <translation>Borrador recuperado, escrito por última vez a las</translation>
    </message>
    <message>
        <source>something required is missing.</source>
        <translation>falta algo obligatorio.</translation>
    </message>
    <message>
        <source>someone else saved this call.</source>
        <translation>otra persona guardó esta llamada.</translation>
    </message>
    <message>
        <source>(their version)</source>
        <translation>(la otra versión)</translation>
    </message>
    <message>
        <source>the draft could not be written.</source>
        <translation>no se pudo escribir el borrador.</translation>
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
        <source>Parts of the call</source>
        <translation>Partes de la llamada</translation>
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
        <source>Referral to {service} updated on call {reference}.</source>
        <translation>Se actualizó el referido a {service} en la llamada {reference}.</translation>
    </message>
    <message>
        <source>Referral to {service} added to call {reference}.</source>
        <translation>Se agregó el referido a {service} a la llamada {reference}.</translation>
    </message>
    <message>
        <source>You are editing a completed call. Save keeps it completed; what was there before is kept in the audit trail.</source>
        <translation>Está modificando una llamada completada. Guardar la mantiene completada; lo que había antes se conserva en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Save the call first (Ctrl+S): a handoff is made from the call as it is saved.</source>
        <translation>Guarde primero la llamada (Ctrl+S): el traspaso se hace con la llamada tal como está guardada.</translation>
    </message>
    <message>
        <source>Saving the call before the handoff…</source>
        <translation>Guardando la llamada antes del traspaso…</translation>
    </message>
    <message>
        <source>A completed call must stay complete.</source>
        <translation>Una llamada completada debe seguir completa.</translation>
    </message>
    <message>
        <source>The database does not answer. This save is kept encrypted on this workstation and sent, in order, as soon as the database answers again. Keep working.</source>
        <translation>La base de datos no responde. Este guardado se conserva cifrado en esta estación de trabajo y se envía, en orden, en cuanto la base de datos vuelva a responder. Siga trabajando.</translation>
    </message>
    <message>
        <source>Call {reference} completed and saved.</source>
        <translation>Llamada {reference} completada y guardada.</translation>
    </message>
    <message>
        <source>The call cannot be completed yet. Still missing:</source>
        <translation>Todavía no se puede completar la llamada. Falta:</translation>
    </message>
    <message>
        <source>Nothing was lost; fill these in and complete again.</source>
        <translation>No se perdió nada; llene lo que falta y vuelva a completar.</translation>
    </message>
    <message>
        <source>Someone else saved this call while you worked on it. Your text is still here and in the draft; press Save to compare again.</source>
        <translation>Otra persona guardó esta llamada mientras usted trabajaba en ella. Su texto sigue aquí y en el borrador; oprima Guardar para comparar de nuevo.</translation>
    </message>
    <message>
        <source>You took the version saved elsewhere.</source>
        <translation>Tomó la versión guardada en otro lugar.</translation>
    </message>
    <message>
        <source>Saving your choices on top of the version saved elsewhere.</source>
        <translation>Guardando sus elecciones sobre la versión guardada en otro lugar.</translation>
    </message>
    <message>
        <source>{state} {time}: your text is safe on this workstation.</source>
        <translation>{state} {time}: su texto está seguro en esta estación de trabajo.</translation>
    </message>
    <message>
        <source>Signed by {name}.</source>
        <translation>Firmada por {name}.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>El portapapeles no tiene texto.</translation>
    </message>
    <message>
        <source>Copy the incident from the CAD system first. Nothing was changed.</source>
        <translation>Copie primero el incidente del sistema CAD. No se cambió nada.</translation>
    </message>
    <message>
        <source>Filled from the 911 incident: {fields}.</source>
        <translation>Se llenó con el incidente del 911: {fields}.</translation>
    </message>
    <message>
        <source>Kept what you had typed in: {fields}.</source>
        <translation>Se conservó lo que había escrito en: {fields}.</translation>
    </message>
    <message>
        <source>The incident holds nothing new for this call.</source>
        <translation>El incidente no tiene nada nuevo para esta llamada.</translation>
    </message>
    <message>
        <source>The dropped file is too large to be a single 911 incident.</source>
        <translation>El archivo que soltó es demasiado grande para ser un solo incidente del 911.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>The dropped file is not a text (JSON) file.</source>
        <translation>El archivo que soltó no es un archivo de texto (JSON).</translation>
    </message>
    <message>
        <source>the call of {time} ({reference})</source>
        <translation>la llamada del {time} ({reference})</translation>
    </message>
    <message>
        <source>Safety plan: 1 section filled from {origin}.</source>
        <translation>Plan de seguridad: se llenó 1 sección con {origin}.</translation>
    </message>
    <message>
        <source>Safety plan: {count} sections filled from {origin}.</source>
        <translation>Plan de seguridad: se llenaron {count} secciones con {origin}.</translation>
    </message>
    <message>
        <source>1 section you had typed was kept.</source>
        <translation>Se conservó 1 sección que usted había escrito.</translation>
    </message>
    <message>
        <source>{count} sections you had typed were kept.</source>
        <translation>Se conservaron {count} secciones que usted había escrito.</translation>
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
    <message>
        <source>Break-glass access to {reference} ended at {time}; the call was closed. Break the glass again, with a reason, if you still need it.</source>
        <translation>El acceso de emergencia a {reference} terminó a las {time}; la llamada se cerró. Si todavía la necesita, pida de nuevo el acceso de emergencia con un motivo.</translation>
    </message>
</context>
<context>
    <name>KeptChanges</name>
    <message>
        <source>Call saved</source>
        <translation>Llamada guardada</translation>
    </message>
    <message>
        <source>Call completed</source>
        <translation>Llamada completada</translation>
    </message>
    <message>
        <source>Follow-up attempt</source>
        <translation>Intento de seguimiento</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time of the attempt</source>
        <translation>Hora del intento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Changes kept on this workstation</source>
        <translation>Cambios conservados en esta estación de trabajo</translation>
    </message>
    <message>
        <source>What the change says</source>
        <translation>Contenido del cambio</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Send this change to the database again, once what refused it has been fixed.</source>
        <translation>Enviar este cambio de nuevo a la base de datos, una vez resuelto lo que lo impidió.</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Changes made while the database could not be reached wait here, encrypted, and are sent in order as soon as it answers. A change the database refused when it was sent needs attention (bold): its reason is shown. Only the person who made a change sees what it says and can try it again or discard it; nothing is removed without that decision.</source>
        <translation>Los cambios hechos mientras no se podía acceder a la base de datos esperan aquí, cifrados, y se envían en orden en cuanto responde. Un cambio que la base de datos rechazó al enviarlo requiere atención (en negrita): se muestra el motivo. Solo la persona que hizo un cambio ve su contenido y puede reintentarlo o descartarlo; nada se elimina sin esa decisión.</translation>
    </message>
    <message>
        <source>Nothing is kept on this workstation: every change reached the database.</source>
        <translation>No hay nada conservado en esta estación de trabajo: todos los cambios llegaron a la base de datos.</translation>
    </message>
    <message>
        <source>This change could not be read; it can only be discarded.</source>
        <translation>No se pudo leer este cambio; solo se puede descartar.</translation>
    </message>
    <message>
        <source>Only {name} can see what this change says.</source>
        <translation>Solo {name} puede ver el contenido de este cambio.</translation>
    </message>
    <message>
        <source>Sending it again; if it is refused again, it comes back here.</source>
        <translation>Se está enviando de nuevo; si se rechaza otra vez, volverá a aparecer aquí.</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>¿Descartar este cambio?</translation>
    </message>
    <message>
        <source>“{change}” ({about}) is deleted from this workstation and never reaches the database. Copy what you still need from it first.</source>
        <translation>“{change}” ({about}) se eliminará de esta estación de trabajo y nunca llegará a la base de datos. Copie primero lo que todavía necesite.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Checking connection…</source>
        <translation>Comprobando la conexión…</translation>
    </message>
    <message>
        <source>Offline — 1 change waiting</source>
        <translation>Sin conexión — 1 cambio en espera</translation>
    </message>
    <message>
        <source>Offline — {count} changes waiting</source>
        <translation>Sin conexión — {count} cambios en espera</translation>
    </message>
    <message>
        <source>Connected — 1 change needs attention</source>
        <translation>Conectado — 1 cambio requiere atención</translation>
    </message>
    <message>
        <source>Connected — {count} changes need attention</source>
        <translation>Conectado — {count} cambios requieren atención</translation>
    </message>
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
        <source>Changes made offline were refused and are kept on this workstation:</source>
        <translation>Se rechazaron cambios hechos sin conexión; se conservan en esta estación de trabajo:</translation>
    </message>
    <message>
        <source>The database answered.</source>
        <translation>La base de datos respondió.</translation>
    </message>
    <message>
        <source>{state}: kept encrypted on this workstation and saved to the database as soon as it answers again. Keep working; nothing is lost.</source>
        <translation>{state}: se conservan cifrados en esta estación de trabajo y se guardan en la base de datos en cuanto vuelva a responder. Siga trabajando; no se pierde nada.</translation>
    </message>
    <message>
        <source>&amp;Changes kept on this workstation…</source>
        <translation>&amp;Cambios conservados en esta estación de trabajo…</translation>
    </message>
    <message>
        <source>Session → Changes kept on this workstation… to decide.</source>
        <translation>Sesión → Cambios conservados en esta estación de trabajo… para decidir.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>&apos;{format}&apos; is not an export format.</source>
        <translation>&apos;{format}&apos; no es un formato de exportación.</translation>
    </message>
    <message>
        <source>&apos;{login}&apos; is the name of one of the group roles.</source>
        <translation>&apos;{login}&apos; es el nombre de uno de los roles de grupo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be used as the {what}.</source>
        <translation>&apos;{name}&apos; no se puede usar como {what}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date.</source>
        <translation>&apos;{text}&apos; no es una fecha.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>6 (past 3 months)</source>
        <translation>6 (últimos 3 meses)</translation>
    </message>
    <message>
        <source>911 transfer: the CAD incident number.</source>
        <translation>Transferencia del 911: el número de incidente CAD.</translation>
    </message>
    <message>
        <source>911 transfer: the PSAP (answering point).</source>
        <translation>Transferencia del 911: el PSAP (centro de atención).</translation>
    </message>
    <message>
        <source>A call opened by breaking the glass can be read here, not exported.</source>
        <translation>Una llamada abierta con acceso de emergencia se puede leer aquí, pero no exportar.</translation>
    </message>
    <message>
        <source>A call reference looks like C-261128-3FA2B1 (on the handoff or the list).</source>
        <translation>Una referencia de llamada tiene la forma C-261128-3FA2B1 (en el traspaso o en la lista).</translation>
    </message>
    <message>
        <source>A password is needed for this account.</source>
        <translation>Esta cuenta necesita una contraseña.</translation>
    </message>
    <message>
        <source>A protected value in {column} failed its integrity check.</source>
        <translation>Un valor protegido en {column} no pasó la verificación de integridad.</translation>
    </message>
    <message>
        <source>A reason is needed to break the glass.</source>
        <translation>Se necesita un motivo para el acceso de emergencia.</translation>
    </message>
    <message>
        <source>A referral on this call points to a service that is no longer in the directory.</source>
        <translation>Un referido de esta llamada apunta a un servicio que ya no está en el directorio.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the shared database at {location} failed.</source>
        <translation>Falló una conexión segura (TLS) con la base de datos compartida en {location}.</translation>
    </message>
    <message>
        <source>A shipped data file is not valid: {problem}</source>
        <translation>Un archivo de datos incluido con la aplicación no es válido: {problem}</translation>
    </message>
    <message>
        <source>A username can have at most {maximum} characters.</source>
        <translation>Un usuario puede tener como máximo {maximum} caracteres.</translation>
    </message>
    <message>
        <source>A username may contain letters, digits and . _ - @ only.</source>
        <translation>Un usuario solo puede contener letras, números y . _ - @.</translation>
    </message>
    <message>
        <source>A username needs at least {minimum} characters.</source>
        <translation>Un usuario necesita al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <source>Add ?sslmode=verify-full&amp;sslrootcert=PATH-TO-CA-FILE to the database address (see the administrator guide).</source>
        <translation>Agregue ?sslmode=verify-full&amp;sslrootcert=PATH-TO-CA-FILE a la dirección de la base de datos (consulte la guía del administrador).</translation>
    </message>
    <message>
        <source>Add what is missing as a note on a new call, or ask the supervisor.</source>
        <translation>Agregue lo que falta como nota en una llamada nueva, o consulte al supervisor.</translation>
    </message>
    <message>
        <source>Age: give a number between 0 and 125, or leave it empty.</source>
        <translation>Edad: escriba un número entre 0 y 125, o déjela vacía.</translation>
    </message>
    <message>
        <source>An administrator exports an enrollment file (Admin → Enroll a workstation…, or &apos;counselor-app keys enroll-export&apos;); import it here with its passphrase (&apos;counselor-app keys enroll FILE&apos;).</source>
        <translation>Un administrador exporta un archivo de inscripción (Administración → Inscribir una estación de trabajo…, o &apos;counselor-app keys enroll-export&apos;); impórtelo aquí con su frase de contraseña (&apos;counselor-app keys enroll FILE&apos;).</translation>
    </message>
    <message>
        <source>An embedded (SQLite) database is protected by the file&apos;s permissions.</source>
        <translation>Una base de datos integrada (SQLite) está protegida por los permisos del archivo.</translation>
    </message>
    <message>
        <source>An emergency override needs a reason.</source>
        <translation>Una excepción de emergencia necesita un motivo.</translation>
    </message>
    <message>
        <source>An enrollment passphrase is {groups} groups of {length} letters and digits, like 7KQM-3XHP-…</source>
        <translation>Una frase de contraseña de inscripción tiene {groups} grupos de {length} letras y números, como 7KQM-3XHP-…</translation>
    </message>
    <message>
        <source>An outcome is recorded only when the person was reached.</source>
        <translation>El resultado solo se registra cuando se localizó a la persona.</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>Ask a supervisor if the caller needs a handoff or a copy of the plan.</source>
        <translation>Consulte a un supervisor si la persona necesita un traspaso o una copia del plan.</translation>
    </message>
    <message>
        <source>Ask a supervisor or an administrator if you need this.</source>
        <translation>Si lo necesita, consulte a un supervisor o a un administrador.</translation>
    </message>
    <message>
        <source>Ask a supervisor, or break the glass (with a reason) if you must see it now.</source>
        <translation>Consulte a un supervisor, o use el acceso de emergencia (con un motivo) si necesita verla ahora.</translation>
    </message>
    <message>
        <source>Ask an administrator to run &apos;counselor-app db upgrade&apos;.</source>
        <translation>Pida a un administrador que ejecute &apos;counselor-app db upgrade&apos;.</translation>
    </message>
    <message>
        <source>Ask an administrator.</source>
        <translation>Consulte a un administrador.</translation>
    </message>
    <message>
        <source>Ask another administrator.</source>
        <translation>Consulte a otro administrador.</translation>
    </message>
    <message>
        <source>Ask the administrator for a new enrollment file. {nothing_stored}</source>
        <translation>Pida al administrador un nuevo archivo de inscripción. {nothing_stored}</translation>
    </message>
    <message>
        <source>Ask the administrator for a new one. {nothing_stored}</source>
        <translation>Pida uno nuevo al administrador. {nothing_stored}</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Factores protectores</translation>
    </message>
    <message>
        <source>Call-back number: {problem}</source>
        <translation>Número para devolver la llamada: {problem}</translation>
    </message>
    <message>
        <source>Call-back number: {problem} {hint}</source>
        <translation>Número para devolver la llamada: {problem} {hint}</translation>
    </message>
    <message>
        <source>Caller: the third-party caller&apos;s relationship to the person.</source>
        <translation>Persona que llama: la relación del tercero con la persona.</translation>
    </message>
    <message>
        <source>Check both and try again.</source>
        <translation>Revise ambos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check it with the administrator who gave it to you (letters and digits; case, spaces and dashes do not matter). {nothing_stored}</source>
        <translation>Confírmela con el administrador que se la dio (letras y números; no importan las mayúsculas, los espacios ni los guiones). {nothing_stored}</translation>
    </message>
    <message>
        <source>Check that the app added the key shown here and that this computer&apos;s and the phone&apos;s clocks are right, then type the code it shows now.</source>
        <translation>Compruebe que la aplicación agregó la clave que se muestra aquí y que la hora de esta computadora y la del teléfono son correctas; luego escriba el código que muestra ahora.</translation>
    </message>
    <message>
        <source>Check that the folder exists, is writable and is not on a network share.</source>
        <translation>Compruebe que la carpeta existe, que se puede escribir en ella y que no está en una carpeta compartida de red.</translation>
    </message>
    <message>
        <source>Check the database address with the administrator. {nothing_stored}</source>
        <translation>Confirme la dirección de la base de datos con el administrador. {nothing_stored}</translation>
    </message>
    <message>
        <source>Check the database address with your administrator.</source>
        <translation>Confirme la dirección de la base de datos con su administrador.</translation>
    </message>
    <message>
        <source>Check the file name and that this account may read it.</source>
        <translation>Revise el nombre del archivo y que esta cuenta pueda leerlo.</translation>
    </message>
    <message>
        <source>Check the network connection; if it persists, tell your administrator.</source>
        <translation>Revise la conexión de red; si el problema continúa, avise a su administrador.</translation>
    </message>
    <message>
        <source>Check the number of digits and the area code.</source>
        <translation>Revise la cantidad de dígitos y el código de área.</translation>
    </message>
    <message>
        <source>Check the reference and try again.</source>
        <translation>Revise la referencia y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Choose a TLS mode: {modes}.</source>
        <translation>Elija un modo TLS: {modes}.</translation>
    </message>
    <message>
        <source>Choose a folder this account may write to; the unused enrollment expires by itself.</source>
        <translation>Elija una carpeta en la que esta cuenta pueda escribir; la inscripción no usada vence sola.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Elija una carpeta en la que pueda escribir y que tenga espacio libre.</translation>
    </message>
    <message>
        <source>Choose another name for the workstation login (for example &apos;counselor_ws&apos;).</source>
        <translation>Elija otro nombre para el inicio de sesión de la estación de trabajo (por ejemplo, &apos;counselor_ws&apos;).</translation>
    </message>
    <message>
        <source>Choose another one; it stays with them unless they release it.</source>
        <translation>Elija otro; este sigue asignado a esa persona a menos que lo libere.</translation>
    </message>
    <message>
        <source>Choose the certificate authority (CA) file that signed the server&apos;s certificate: verify-full needs it to check the server.</source>
        <translation>Elija el archivo de la autoridad de certificación (CA) que firmó el certificado del servidor: verify-full lo necesita para verificar el servidor.</translation>
    </message>
    <message>
        <source>Claim this follow-up before recording an attempt.</source>
        <translation>Tome este seguimiento antes de registrar un intento.</translation>
    </message>
    <message>
        <source>Claiming makes sure no one else calls the person at the same time.</source>
        <translation>Al tomarlo, se asegura de que nadie más llame a la persona al mismo tiempo.</translation>
    </message>
    <message>
        <source>Closed · no upcoming hours listed</source>
        <translation>Cerrado · no se indican próximos horarios</translation>
    </message>
    <message>
        <source>Closed · opens {when}</source>
        <translation>Cerrado · abre {when}</translation>
    </message>
    <message>
        <source>Co-responder: the officer on scene.</source>
        <translation>Intervención conjunta: el oficial en el lugar.</translation>
    </message>
    <message>
        <source>Complete the call first.</source>
        <translation>Primero complete la llamada.</translation>
    </message>
    <message>
        <source>Confirm your password first.</source>
        <translation>Primero confirme su contraseña.</translation>
    </message>
    <message>
        <source>Copy the file there or correct the path in the database address.</source>
        <translation>Copie el archivo allí o corrija la ruta en la dirección de la base de datos.</translation>
    </message>
    <message>
        <source>Copy the whole incident from the CAD system and try again; nothing was changed.</source>
        <translation>Copie el incidente completo del sistema CAD e inténtelo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <source>Correct it in the settings (see the administrator guide, &apos;Outcome report&apos;).</source>
        <translation>Corríjalo en la configuración (vea la guía del administrador, &apos;Outcome report&apos;).</translation>
    </message>
    <message>
        <source>Correct the file (see the administrator guide, &apos;Follow-up plans&apos;) and start again.</source>
        <translation>Corrija el archivo (vea la guía del administrador, &apos;Follow-up plans&apos;) y vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>Correct the file (see the administrator guide, &apos;Follow-up plans&apos;).</source>
        <translation>Corrija el archivo (vea la guía del administrador, &apos;Follow-up plans&apos;).</translation>
    </message>
    <message>
        <source>Correct the setting (3 to 5 is usual).</source>
        <translation>Corrija el ajuste (lo habitual es de 3 a 5).</translation>
    </message>
    <message>
        <source>Database roles exist only on PostgreSQL.</source>
        <translation>Los roles de base de datos solo existen en PostgreSQL.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Disposition: how the call ended.</source>
        <translation>Cierre: cómo terminó la llamada.</translation>
    </message>
    <message>
        <source>Disposition: to whom the call was warmly transferred.</source>
        <translation>Cierre: a quién se hizo la transferencia asistida.</translation>
    </message>
    <message>
        <source>E-mail: {problem}</source>
        <translation>Correo electrónico: {problem}</translation>
    </message>
    <message>
        <source>Each entry needs a &apos;code&apos; and a &apos;label&apos;.</source>
        <translation>Cada entrada necesita un &apos;code&apos; y un &apos;label&apos;.</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Escriba el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Enter the database user of this workstation.</source>
        <translation>Escriba el usuario de base de datos de esta estación de trabajo.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Escriba el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name as colleagues know it.</source>
        <translation>Escriba el nombre de la persona como la conocen sus colegas.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name (as written in its certificate).</source>
        <translation>Escriba el nombre de host del servidor (tal como aparece en su certificado).</translation>
    </message>
    <message>
        <source>Enter your password to go on; nothing you typed was lost.</source>
        <translation>Escriba su contraseña para continuar; no se perdió nada de lo que escribió.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Todos los meses</translation>
    </message>
    <message>
        <source>Every {day}</source>
        <translation>Cada {day}</translation>
    </message>
    <message>
        <source>Expected files such as organizations.csv and services.csv.</source>
        <translation>Se esperaban archivos como organizations.csv y services.csv.</translation>
    </message>
    <message>
        <source>Expected keys such as incidentTrackingIdentifier, agencyName or civicAddressText. Nothing was changed.</source>
        <translation>Se esperaban claves como incidentTrackingIdentifier, agencyName o civicAddressText. No se cambió nada.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Costos</translation>
    </message>
    <message>
        <source>Follow-up number: {problem}</source>
        <translation>Número para el seguimiento: {problem}</translation>
    </message>
    <message>
        <source>Follow-up: ask for consent (yes or no).</source>
        <translation>Seguimiento: pida el consentimiento (sí o no).</translation>
    </message>
    <message>
        <source>Follow-up: the number to call.</source>
        <translation>Seguimiento: el número al que llamar.</translation>
    </message>
    <message>
        <source>Follow-up: the preferred times.</source>
        <translation>Seguimiento: los horarios preferidos.</translation>
    </message>
    <message>
        <source>Formulation: high risk; desire, capability and intent present, mitigated by buffers.</source>
        <translation>Formulación: riesgo alto; deseo, capacidad e intención presentes, mitigados por factores protectores.</translation>
    </message>
    <message>
        <source>Formulation: imminent risk (desire, capability and intent present, not mitigated by buffers).</source>
        <translation>Formulación: riesgo inminente (deseo, capacidad e intención presentes, sin mitigación por factores protectores).</translation>
    </message>
    <message>
        <source>Formulation: {level} risk.</source>
        <translation>Formulación: riesgo {level}.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Give one plan &quot;default&quot;: true in the follow-up plans file.</source>
        <translation>Ponga &quot;default&quot;: true en un plan del archivo de planes de seguimiento.</translation>
    </message>
    <message>
        <source>Give the folder holding the HSDS CSV files, or a .zip of them.</source>
        <translation>Indique la carpeta que contiene los archivos CSV de HSDS, o un .zip con ellos.</translation>
    </message>
    <message>
        <source>Give the number to call or text.</source>
        <translation>Indique el número al que llamar o enviar un mensaje de texto.</translation>
    </message>
    <message>
        <source>Give {option} as YYYY-MM-DD.</source>
        <translation>Indique {option} en el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Hours not listed</source>
        <translation>Horario no indicado</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Cómo solicitarlo</translation>
    </message>
    <message>
        <source>Id: a new organization&apos;s id must be a UUID.</source>
        <translation>Id: el id de una organización nueva debe ser un UUID.</translation>
    </message>
    <message>
        <source>Id: a new service&apos;s id must be a UUID.</source>
        <translation>Id: el id de un servicio nuevo debe ser un UUID.</translation>
    </message>
    <message>
        <source>Imminent risk: &apos;{step}&apos; is not done.</source>
        <translation>Riesgo inminente: “{step}” no está hecho.</translation>
    </message>
    <message>
        <source>Install and unlock a system password store: GNOME Keyring or KWallet on Linux (Debian/Ubuntu: sudo apt install gnome-keyring), the Keychain on macOS, the Credential Manager on Windows. Plaintext keyrings are refused because they would leave the center&apos;s keys readable on disk.</source>
        <translation>Instale y desbloquee un llavero del sistema: GNOME Keyring o KWallet en Linux (Debian/Ubuntu: sudo apt install gnome-keyring), el Llavero (Keychain) en macOS, el Administrador de credenciales en Windows. Los llaveros de texto sin cifrar no se aceptan porque dejarían las claves del centro legibles en el disco.</translation>
    </message>
    <message>
        <source>It contains the username.</source>
        <translation>Contiene el usuario.</translation>
    </message>
    <message>
        <source>It covers {days} days; a report covers at most {limit}.</source>
        <translation>Abarca {days} días; un informe abarca como máximo {limit}.</translation>
    </message>
    <message>
        <source>It ends ({last_day}) before it starts ({first_day}).</source>
        <translation>Termina ({last_day}) antes de empezar ({first_day}).</translation>
    </message>
    <message>
        <source>It has {count} characters; at most {limit}.</source>
        <translation>Tiene {count} caracteres; el máximo es {limit}.</translation>
    </message>
    <message>
        <source>It has {length} characters; a password needs at least {minimum}. A few unrelated words make a long password that is easy to remember.</source>
        <translation>Tiene {length} caracteres; una contraseña necesita al menos {minimum}. Unas cuantas palabras sin relación entre sí forman una contraseña larga y fácil de recordar.</translation>
    </message>
    <message>
        <source>It has {length} characters; at most {maximum} are accepted.</source>
        <translation>Tiene {length} caracteres; se aceptan como máximo {maximum}.</translation>
    </message>
    <message>
        <source>It is on the list of commonly used or leaked passwords.</source>
        <translation>Está en la lista de contraseñas muy usadas o filtradas.</translation>
    </message>
    <message>
        <source>It is recorded as soon as the database answers again; do not record it twice.</source>
        <translation>Se registrará en cuanto la base de datos vuelva a responder; no lo registre dos veces.</translation>
    </message>
    <message>
        <source>It may have been altered in the database. Tell your administrator; nothing was changed.</source>
        <translation>Es posible que se haya alterado en la base de datos. Avise a su administrador; no se cambió nada.</translation>
    </message>
    <message>
        <source>It may have been removed by an import. Search again.</source>
        <translation>Es posible que una importación lo haya quitado. Busque de nuevo.</translation>
    </message>
    <message>
        <source>It repeats one or two characters; choose something less predictable.</source>
        <translation>Repite uno o dos caracteres; elija algo menos predecible.</translation>
    </message>
    <message>
        <source>It waits behind an earlier change to the same record that needs attention.</source>
        <translation>Espera detrás de un cambio anterior del mismo registro que requiere atención.</translation>
    </message>
    <message>
        <source>Its access rules (pg_hba.conf) leave this connection out; tell your administrator.</source>
        <translation>Sus reglas de acceso (pg_hba.conf) no incluyen esta conexión; avise a su administrador.</translation>
    </message>
    <message>
        <source>Its end must come after its start.</source>
        <translation>El final debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>Its time is in the future.</source>
        <translation>Su hora está en el futuro.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Keep the reason under {maximum} characters.</source>
        <translation>El motivo debe tener menos de {maximum} caracteres.</translation>
    </message>
    <message>
        <source>Languages: keep each under {limit} characters.</source>
        <translation>Idiomas: use menos de {limit} caracteres en cada uno.</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Last verified {age} ago — confirm details with the service before referring.</source>
        <translation>Se verificó por última vez hace {age}: confirme los datos con el servicio antes de hacer el referido.</translation>
    </message>
    <message>
        <source>Last verified: the date cannot be in the future.</source>
        <translation>Última verificación: la fecha no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90.</source>
        <translation>La latitud debe estar entre -90 y 90.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: {error}.</source>
        <translation>Línea {line}, columna {column}: {error}.</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180.</source>
        <translation>La longitud debe estar entre -180 y 180.</translation>
    </message>
    <message>
        <source>Make one report per year.</source>
        <translation>Haga un informe por año.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Name: give the organization&apos;s name.</source>
        <translation>Nombre: escriba el nombre de la organización.</translation>
    </message>
    <message>
        <source>Name: give the service&apos;s name.</source>
        <translation>Nombre: escriba el nombre del servicio.</translation>
    </message>
    <message>
        <source>Name: keep it under {limit} characters.</source>
        <translation>Nombre: use menos de {limit} caracteres.</translation>
    </message>
    <message>
        <source>Narrative: a short note of what happened on the call.</source>
        <translation>Narrativa: una nota breve de lo que pasó en la llamada.</translation>
    </message>
    <message>
        <source>Never verified — confirm details with the service before referring.</source>
        <translation>Nunca se verificó: confirme los datos con el servicio antes de hacer el referido.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>No HSDS 3.0 CSV files were found in {file}.</source>
        <translation>No se encontraron archivos CSV de HSDS 3.0 en {file}.</translation>
    </message>
    <message>
        <source>No call has the reference {reference}.</source>
        <translation>Ninguna llamada tiene la referencia {reference}.</translation>
    </message>
    <message>
        <source>No follow-up can be added to this call.</source>
        <translation>No se puede agregar ningún seguimiento a esta llamada.</translation>
    </message>
    <message>
        <source>No follow-up can be scheduled for this call.</source>
        <translation>No se puede programar ningún seguimiento para esta llamada.</translation>
    </message>
    <message>
        <source>No follow-up plan applies to {risk} risk.</source>
        <translation>Ningún plan de seguimiento corresponde al riesgo {risk}.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this workstation (found: {found}).</source>
        <translation>No hay un llavero del sistema seguro disponible en esta estación de trabajo (se encontró: {found}).</translation>
    </message>
    <message>
        <source>Nothing sensitive can be shown or saved here until an administrator enrolls this workstation (Admin → Enroll a workstation, then import the file here).</source>
        <translation>No se puede mostrar ni guardar aquí nada confidencial hasta que un administrador inscriba esta estación de trabajo (Administración → Inscribir una estación de trabajo; luego importe el archivo aquí).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed. If an administrator confirms the keys held here are wrong, import again choosing to replace them (--replace).</source>
        <translation>No se cambió nada. Si un administrador confirma que las claves guardadas aquí son incorrectas, vuelva a importar eligiendo reemplazarlas (--replace).</translation>
    </message>
    <message>
        <source>Nothing was changed. Look at it again, then decide.</source>
        <translation>No se cambió nada. Revíselo de nuevo y luego decida.</translation>
    </message>
    <message>
        <source>Nothing was imported or overwritten. Run the import again; it starts from the directory as it is now.</source>
        <translation>No se importó ni se sobrescribió nada. Vuelva a hacer la importación; partirá del directorio tal como está ahora.</translation>
    </message>
    <message>
        <source>Nothing was lost. Try again in a moment.</source>
        <translation>No se perdió nada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Compare the two versions and choose what to keep.</source>
        <translation>No se sobrescribió nada. Compare las dos versiones y elija qué conservar.</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Reload it to see their change, then apply yours again.</source>
        <translation>No se sobrescribió nada. Vuelva a cargarlo para ver el cambio de la otra persona y luego aplique el suyo de nuevo.</translation>
    </message>
    <message>
        <source>Nothing was saved. If you need this change, tell your administrator.</source>
        <translation>No se guardó nada. Si necesita este cambio, avise a su administrador.</translation>
    </message>
    <message>
        <source>Nothing was stored on this workstation.</source>
        <translation>No se guardó nada en esta estación de trabajo.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Only a completed call can be signed.</source>
        <translation>Solo se puede firmar una llamada completada.</translation>
    </message>
    <message>
        <source>Only administrators can review the audit trail.</source>
        <translation>Solo los administradores pueden revisar el registro de auditoría.</translation>
    </message>
    <message>
        <source>Only an administrator manages the encryption keys.</source>
        <translation>Solo un administrador administra las claves de cifrado.</translation>
    </message>
    <message>
        <source>Only open follow-ups can be changed.</source>
        <translation>Solo se pueden modificar los seguimientos abiertos.</translation>
    </message>
    <message>
        <source>Only peer specialists, supervisors and the call&apos;s counselor open follow-ups.</source>
        <translation>Solo los especialistas de apoyo entre pares, los supervisores y el consejero de la llamada abren los seguimientos.</translation>
    </message>
    <message>
        <source>Only supervisors review the follow-ups closed as unreachable.</source>
        <translation>Solo los supervisores revisan los seguimientos cerrados porque no se localizó a la persona.</translation>
    </message>
    <message>
        <source>Only the counselor who took the call, peer specialists and supervisors schedule or change its follow-ups.</source>
        <translation>Solo el consejero que atendió la llamada, los especialistas de apoyo entre pares y los supervisores programan o modifican sus seguimientos.</translation>
    </message>
    <message>
        <source>Only the demo accounts of a demo database sign in without one.</source>
        <translation>Solo las cuentas de demostración de una base de datos de demostración inician sesión sin ella.</translation>
    </message>
    <message>
        <source>Only they or a supervisor record its attempts.</source>
        <translation>Solo esa persona o un supervisor registran sus intentos.</translation>
    </message>
    <message>
        <source>Open 24 hours</source>
        <translation>Abierto las 24 horas</translation>
    </message>
    <message>
        <source>Open it from the list.</source>
        <translation>Ábrala desde la lista.</translation>
    </message>
    <message>
        <source>Open now · closes {when}</source>
        <translation>Abierto ahora · cierra {when}</translation>
    </message>
    <message>
        <source>Organization: choose the organization that offers the service.</source>
        <translation>Organización: elija la organización que ofrece el servicio.</translation>
    </message>
    <message>
        <source>Organization: it is deactivated; reactivate it first or choose another.</source>
        <translation>Organización: está desactivada; reactívela primero o elija otra.</translation>
    </message>
    <message>
        <source>Organization: it is deactivated; reactivate the organization first.</source>
        <translation>Organización: está desactivada; primero reactive la organización.</translation>
    </message>
    <message>
        <source>Organization: it is no longer in the directory; choose another.</source>
        <translation>Organización: ya no está en el directorio; elija otra.</translation>
    </message>
    <message>
        <source>Phone: {problem}</source>
        <translation>Teléfono: {problem}</translation>
    </message>
    <message>
        <source>Phone: {problem} {hint}</source>
        <translation>Teléfono: {problem} {hint}</translation>
    </message>
    <message>
        <source>Please confirm it is you (daily check).</source>
        <translation>Confirme que es usted (verificación diaria).</translation>
    </message>
    <message>
        <source>Preferred times</source>
        <translation>Horarios preferidos</translation>
    </message>
    <message>
        <source>Presenting concerns: choose at least one.</source>
        <translation>Motivos de la llamada: elija al menos uno.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record the caller&apos;s consent on the call, or give an emergency override with its reason.</source>
        <translation>Registre el consentimiento de la persona en la llamada, o indique una excepción de emergencia con su motivo.</translation>
    </message>
    <message>
        <source>Referral note for {service}: at most {limit} characters ({typed} typed). Shorten it or move the rest to the narrative.</source>
        <translation>Nota del referido a {service}: como máximo {limit} caracteres (se escribieron {typed}). Acórtela o pase el resto a la narrativa.</translation>
    </message>
    <message>
        <source>Referral to {service}: it is listed twice.</source>
        <translation>Referido a {service}: aparece dos veces.</translation>
    </message>
    <message>
        <source>Referral to {service}: it names no directory service.</source>
        <translation>Referido a {service}: no indica ningún servicio del directorio.</translation>
    </message>
    <message>
        <source>Referral to {service}: the service was removed from the directory.</source>
        <translation>Referido a {service}: el servicio se quitó del directorio.</translation>
    </message>
    <message>
        <source>Refresh the queue.</source>
        <translation>Actualice la cola.</translation>
    </message>
    <message>
        <source>Reinstall the application or restore the file.</source>
        <translation>Vuelva a instalar la aplicación o restaure el archivo.</translation>
    </message>
    <message>
        <source>Remove that referral and choose a current service in the directory. Nothing else was lost: the rest of the call is still on screen.</source>
        <translation>Quite ese referido y elija un servicio vigente del directorio. No se perdió nada más: el resto de la llamada sigue en pantalla.</translation>
    </message>
    <message>
        <source>Restore the file or set follow_up_plans_file to a readable file.</source>
        <translation>Restaure el archivo o configure follow_up_plans_file con un archivo que se pueda leer.</translation>
    </message>
    <message>
        <source>Risk: finish the C-SSRS screener (question {questions}).</source>
        <translation>Riesgo: termine la evaluación C-SSRS (pregunta {questions}).</translation>
    </message>
    <message>
        <source>Risk: the C-SSRS screener.</source>
        <translation>Riesgo: la evaluación C-SSRS.</translation>
    </message>
    <message>
        <source>Run &apos;counselor-app db upgrade&apos; first.</source>
        <translation>Primero ejecute &apos;counselor-app db upgrade&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;counselor-app db upgrade&apos; with the owner&apos;s credentials first.</source>
        <translation>Primero ejecute &apos;counselor-app db upgrade&apos; con las credenciales del propietario.</translation>
    </message>
    <message>
        <source>Run &apos;db roles&apos; with a superuser&apos;s address (or give the schema owner CREATEROLE); see the administrator guide.</source>
        <translation>Ejecute &apos;db roles&apos; con la dirección de un superusuario (o dé CREATEROLE al propietario del esquema); consulte la guía del administrador.</translation>
    </message>
    <message>
        <source>Run &apos;{command}&apos; with the credentials of the schema owner.</source>
        <translation>Ejecute &apos;{command}&apos; con las credenciales del propietario del esquema.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Say why the follow-up is cancelled.</source>
        <translation>Indique por qué se cancela el seguimiento.</translation>
    </message>
    <message>
        <source>Say why you need this call in a sentence (at least {minimum} characters and three words); a supervisor reviews every reason.</source>
        <translation>Explique en una oración por qué necesita esta llamada (al menos {minimum} caracteres y tres palabras); un supervisor revisa cada motivo.</translation>
    </message>
    <message>
        <source>Schema upgrades and &apos;db roles&apos; need the schema owner&apos;s address; workstations sign in with their own login.</source>
        <translation>Las actualizaciones del esquema y &apos;db roles&apos; necesitan la dirección del propietario del esquema; las estaciones de trabajo inician sesión con su propio usuario.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Set center_time_zone to an IANA name such as America/Chicago.</source>
        <translation>Configure center_time_zone con un nombre IANA, como America/Chicago.</translation>
    </message>
    <message>
        <source>Sign in and ask an administrator to add yours.</source>
        <translation>Inicie sesión y pida a un administrador que agregue la suya.</translation>
    </message>
    <message>
        <source>Sign out and ask an administrator.</source>
        <translation>Cierre sesión y consulte a un administrador.</translation>
    </message>
    <message>
        <source>Sign out, then sign in.</source>
        <translation>Cierre sesión y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Some of what was typed cannot be saved as it is.</source>
        <translation>Parte de lo que se escribió no se puede guardar así.</translation>
    </message>
    <message>
        <source>Someone changed the directory&apos;s {resource} while the import was running.</source>
        <translation>Alguien cambió datos del directorio ({resource}) mientras se hacía la importación.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Someone else changed this follow-up while you were looking at it.</source>
        <translation>Otra persona modificó este seguimiento mientras usted lo revisaba.</translation>
    </message>
    <message>
        <source>Someone else changed this organization while you were editing it.</source>
        <translation>Otra persona modificó esta organización mientras usted la editaba.</translation>
    </message>
    <message>
        <source>Someone else changed this organization while you were looking at it.</source>
        <translation>Otra persona modificó esta organización mientras usted la revisaba.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were working on it.</source>
        <translation>Otra persona modificó este registro mientras usted trabajaba en él.</translation>
    </message>
    <message>
        <source>Someone else changed this service while you were editing it.</source>
        <translation>Otra persona modificó este servicio mientras usted lo editaba.</translation>
    </message>
    <message>
        <source>Someone else changed this service while you were looking at it.</source>
        <translation>Otra persona modificó este servicio mientras usted lo revisaba.</translation>
    </message>
    <message>
        <source>Someone else removed this call while you worked on it.</source>
        <translation>Otra persona eliminó esta llamada mientras usted trabajaba en ella.</translation>
    </message>
    <message>
        <source>Someone else saved this call while you were working on it.</source>
        <translation>Otra persona guardó esta llamada mientras usted trabajaba en ella.</translation>
    </message>
    <message>
        <source>Start again.</source>
        <translation>Vuelva a empezar.</translation>
    </message>
    <message>
        <source>Status: choose one of {statuses}.</source>
        <translation>Estado: elija uno de estos: {statuses}.</translation>
    </message>
    <message>
        <source>Suicidal capability</source>
        <translation>Capacidad suicida</translation>
    </message>
    <message>
        <source>Suicidal desire</source>
        <translation>Deseo suicida</translation>
    </message>
    <message>
        <source>Suicidal intent</source>
        <translation>Intención suicida</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>TAMPERED: entry #{seq} was edited after it was written</source>
        <translation>ALTERADO: la entrada n.º {seq} se modificó después de escribirse</translation>
    </message>
    <message>
        <source>TAMPERED: entry #{seq} was inserted; it is not part of the chain</source>
        <translation>ALTERADO: la entrada n.º {seq} se insertó; no forma parte de la cadena</translation>
    </message>
    <message>
        <source>TAMPERED: entry #{seq} was moved out of its place (reordered)</source>
        <translation>ALTERADO: la entrada n.º {seq} se movió de su lugar (se reordenó)</translation>
    </message>
    <message>
        <source>TAMPERED: one or more entries before entry #{seq} were deleted</source>
        <translation>ALTERADO: se eliminaron una o más entradas anteriores a la entrada n.º {seq}</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Esa cuenta ya no existe.</translation>
    </message>
    <message>
        <source>That call has no safety plan.</source>
        <translation>Esa llamada no tiene plan de seguridad.</translation>
    </message>
    <message>
        <source>That call no longer exists.</source>
        <translation>Esa llamada ya no existe.</translation>
    </message>
    <message>
        <source>That counselor account does not exist.</source>
        <translation>Esa cuenta de consejero no existe.</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Ese seguimiento ya no existe.</translation>
    </message>
    <message>
        <source>That is not a call reference.</source>
        <translation>Eso no es una referencia de llamada.</translation>
    </message>
    <message>
        <source>That is not an enrollment passphrase.</source>
        <translation>Eso no es una frase de contraseña de inscripción.</translation>
    </message>
    <message>
        <source>That organization is no longer in the directory.</source>
        <translation>Esa organización ya no está en el directorio.</translation>
    </message>
    <message>
        <source>That service is no longer in the directory.</source>
        <translation>Ese servicio ya no está en el directorio.</translation>
    </message>
    <message>
        <source>That service is not in the directory.</source>
        <translation>Ese servicio no está en el directorio.</translation>
    </message>
    <message>
        <source>The attempt cannot be recorded.</source>
        <translation>No se puede registrar el intento.</translation>
    </message>
    <message>
        <source>The attempt was kept on this workstation: the database cannot be reached.</source>
        <translation>El intento se conservó en esta estación de trabajo: no se puede conectar con la base de datos.</translation>
    </message>
    <message>
        <source>The call cannot be completed yet.</source>
        <translation>Todavía no se puede completar la llamada.</translation>
    </message>
    <message>
        <source>The call has no end time.</source>
        <translation>La llamada no tiene hora de fin.</translation>
    </message>
    <message>
        <source>The call has no number to call or text.</source>
        <translation>La llamada no tiene un número al que llamar o enviar un mensaje de texto.</translation>
    </message>
    <message>
        <source>The call is not completed yet.</source>
        <translation>La llamada todavía no está completada.</translation>
    </message>
    <message>
        <source>The caller declined consent and this call is not an emergency.</source>
        <translation>La persona se negó a dar su consentimiento y esta llamada no es una emergencia.</translation>
    </message>
    <message>
        <source>The caller declined consent.</source>
        <translation>La persona se negó a dar su consentimiento.</translation>
    </message>
    <message>
        <source>The caller did not consent to follow-up.</source>
        <translation>La persona no dio su consentimiento para el seguimiento.</translation>
    </message>
    <message>
        <source>The caller&apos;s consent is not recorded and this call is not an emergency.</source>
        <translation>El consentimiento de la persona no está registrado y esta llamada no es una emergencia.</translation>
    </message>
    <message>
        <source>The caller&apos;s consent is not recorded.</source>
        <translation>El consentimiento de la persona no está registrado.</translation>
    </message>
    <message>
        <source>The center time zone &apos;{zone}&apos; is unknown.</source>
        <translation>No se reconoce la zona horaria del centro &apos;{zone}&apos;.</translation>
    </message>
    <message>
        <source>The code changes every 30 seconds.</source>
        <translation>El código cambia cada 30 segundos.</translation>
    </message>
    <message>
        <source>The code does not match.</source>
        <translation>El código no coincide.</translation>
    </message>
    <message>
        <source>The code is not correct.</source>
        <translation>El código no es correcto.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The data file {file} is missing or unreadable.</source>
        <translation>El archivo de datos {file} falta o no se puede leer.</translation>
    </message>
    <message>
        <source>The database address asks for an unknown TLS mode (sslmode={mode}).</source>
        <translation>La dirección de la base de datos pide un modo TLS desconocido (sslmode={mode}).</translation>
    </message>
    <message>
        <source>The database address is not a valid URL.</source>
        <translation>La dirección de la base de datos no es una URL válida.</translation>
    </message>
    <message>
        <source>The database file {location} cannot be opened.</source>
        <translation>No se puede abrir el archivo de base de datos {location}.</translation>
    </message>
    <message>
        <source>The database refused this change: it is not allowed for your role, or the record is part of a log that is never changed.</source>
        <translation>La base de datos rechazó este cambio: su rol no lo permite o el registro forma parte de un registro histórico que nunca se modifica.</translation>
    </message>
    <message>
        <source>The database type &apos;{backend}&apos; is not supported.</source>
        <translation>El tipo de base de datos &apos;{backend}&apos; no es compatible.</translation>
    </message>
    <message>
        <source>The database user of this address may not create roles or grant rights.</source>
        <translation>El usuario de base de datos de esta dirección no puede crear roles ni otorgar permisos.</translation>
    </message>
    <message>
        <source>The database was created by a newer version of Counselor desk.</source>
        <translation>La base de datos se creó con una versión más reciente de Counselor desk.</translation>
    </message>
    <message>
        <source>The database was too busy to save this change just now.</source>
        <translation>La base de datos estaba demasiado ocupada para guardar este cambio en este momento.</translation>
    </message>
    <message>
        <source>The due window cannot be used.</source>
        <translation>No se puede usar ese plazo.</translation>
    </message>
    <message>
        <source>The enrollment file could not be written to {path} ({error}).</source>
        <translation>No se pudo escribir el archivo de inscripción en {path} ({error}).</translation>
    </message>
    <message>
        <source>The enrollment file {path} cannot be read ({error}).</source>
        <translation>No se puede leer el archivo de inscripción {path} ({error}).</translation>
    </message>
    <message>
        <source>The follow-up plans file {file} cannot be read ({error}).</source>
        <translation>No se puede leer el archivo de planes de seguimiento {file} ({error}).</translation>
    </message>
    <message>
        <source>The follow-up plans file {file} cannot be used: {problems}.</source>
        <translation>No se puede usar el archivo de planes de seguimiento {file}: {problems}.</translation>
    </message>
    <message>
        <source>The follow-up plans file {file} is not valid JSON (it is not UTF-8 text).</source>
        <translation>El archivo de planes de seguimiento {file} no es un JSON válido (no es texto UTF-8).</translation>
    </message>
    <message>
        <source>The follow-up plans file {file} is not valid JSON (line {line}, column {column}: {error}).</source>
        <translation>El archivo de planes de seguimiento {file} no es un JSON válido (línea {line}, columna {column}: {error}).</translation>
    </message>
    <message>
        <source>The import was cancelled; the directory was not changed.</source>
        <translation>Se canceló la importación; el directorio no cambió.</translation>
    </message>
    <message>
        <source>The incident is too large to be a single 911 incident.</source>
        <translation>El incidente es demasiado grande para ser un solo incidente del 911.</translation>
    </message>
    <message>
        <source>The name can have at most 120 characters.</source>
        <translation>El nombre puede tener como máximo 120 caracteres.</translation>
    </message>
    <message>
        <source>The override reason is too long (at most {limit} characters).</source>
        <translation>El motivo de la excepción es demasiado largo (máximo {limit} caracteres).</translation>
    </message>
    <message>
        <source>The passphrase does not open this enrollment file.</source>
        <translation>La frase de contraseña no abre este archivo de inscripción.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <source>The password store could not be loaded ({error}).</source>
        <translation>No se pudo cargar el llavero del sistema ({error}).</translation>
    </message>
    <message>
        <source>The pasted JSON has no 911 incident fields this form knows.</source>
        <translation>El JSON que pegó no tiene ningún campo de incidente del 911 que este formulario reconozca.</translation>
    </message>
    <message>
        <source>The pasted incident is not valid JSON.</source>
        <translation>El incidente que pegó no es un JSON válido.</translation>
    </message>
    <message>
        <source>The pasted incident must be a JSON object.</source>
        <translation>El incidente que pegó debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL uses 5432).</source>
        <translation>El puerto es un número del 1 al 65535 (PostgreSQL usa el 5432).</translation>
    </message>
    <message>
        <source>The presenting-concerns list (concerns.json) is not valid.</source>
        <translation>La lista de motivos de la llamada (concerns.json) no es válida.</translation>
    </message>
    <message>
        <source>The purpose is too long (at most {limit} characters).</source>
        <translation>El propósito es demasiado largo (máximo {limit} caracteres).</translation>
    </message>
    <message>
        <source>The reason is empty.</source>
        <translation>El motivo está vacío.</translation>
    </message>
    <message>
        <source>The report cannot be made.</source>
        <translation>No se puede generar el informe.</translation>
    </message>
    <message>
        <source>The report could not be written to {path} ({error}).</source>
        <translation>No se pudo escribir el informe en {path} ({error}).</translation>
    </message>
    <message>
        <source>The report period cannot be used.</source>
        <translation>No se puede usar ese período del informe.</translation>
    </message>
    <message>
        <source>The report period is too long.</source>
        <translation>El período del informe es demasiado largo.</translation>
    </message>
    <message>
        <source>The report setting report_{name} is {value!r}; it must be a number of zero or more.</source>
        <translation>El ajuste del informe report_{name} vale {value!r}; debe ser un número igual o mayor que cero.</translation>
    </message>
    <message>
        <source>The safety plan is printed in {languages}, not &apos;{language}&apos;.</source>
        <translation>El plan de seguridad se imprime en {languages}, no en &apos;{language}&apos;.</translation>
    </message>
    <message>
        <source>The schema is not at this version&apos;s revision.</source>
        <translation>El esquema no está en la revisión de esta versión.</translation>
    </message>
    <message>
        <source>The server certificate could not be verified; tell your administrator.</source>
        <translation>No se pudo verificar el certificado del servidor; avise a su administrador.</translation>
    </message>
    <message>
        <source>The server does not offer TLS but this workstation requires it; tell your administrator.</source>
        <translation>El servidor no ofrece TLS, pero esta estación de trabajo lo exige; avise a su administrador.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name than the one in the database address; use the name written in the certificate, or tell your administrator.</source>
        <translation>El certificado del servidor es para un nombre de host distinto del que figura en la dirección de la base de datos; use el nombre escrito en el certificado o avise a su administrador.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the certificate authority this workstation trusts (sslrootcert); tell your administrator.</source>
        <translation>El certificado del servidor no está firmado por la autoridad de certificación en la que confía esta estación de trabajo (sslrootcert); avise a su administrador.</translation>
    </message>
    <message>
        <source>The shared database at {location} accepts only encrypted (TLS) connections.</source>
        <translation>La base de datos compartida en {location} solo acepta conexiones cifradas (TLS).</translation>
    </message>
    <message>
        <source>The shared database at {location} cannot be reached.</source>
        <translation>No se puede acceder a la base de datos compartida en {location}.</translation>
    </message>
    <message>
        <source>The shared database at {location} does not accept connections from this workstation, user or database.</source>
        <translation>La base de datos compartida en {location} no acepta conexiones de esta estación de trabajo, este usuario o esta base de datos.</translation>
    </message>
    <message>
        <source>The shared database at {location} does not exist or the user is unknown.</source>
        <translation>La base de datos compartida en {location} no existe o el usuario es desconocido.</translation>
    </message>
    <message>
        <source>The shared database at {location} refused the sign-in of this workstation.</source>
        <translation>La base de datos compartida en {location} rechazó el inicio de sesión de esta estación de trabajo.</translation>
    </message>
    <message>
        <source>The shared database at {location} refused this: the database user of this address lacks the rights for it.</source>
        <translation>La base de datos compartida en {location} rechazó esto: el usuario de base de datos de esta dirección no tiene los permisos necesarios.</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade before this version can use it.</source>
        <translation>La base de datos compartida necesita una actualización antes de que esta versión pueda usarla.</translation>
    </message>
    <message>
        <source>The shared database&apos;s address is not complete.</source>
        <translation>La dirección de la base de datos compartida no está completa.</translation>
    </message>
    <message>
        <source>The stored database password is missing or wrong; an administrator can set it with &apos;counselor-app db password&apos;.</source>
        <translation>Falta la contraseña guardada de la base de datos o es incorrecta; un administrador puede configurarla con &apos;counselor-app db password&apos;.</translation>
    </message>
    <message>
        <source>The system password store refused the request (it may be locked).</source>
        <translation>El llavero del sistema rechazó la solicitud (puede estar bloqueado).</translation>
    </message>
    <message>
        <source>The tables of schema {schema} belong to &apos;{owner}&apos;, not to &apos;{login}&apos;.</source>
        <translation>Las tablas del esquema {schema} pertenecen a &apos;{owner}&apos;, no a &apos;{login}&apos;.</translation>
    </message>
    <message>
        <source>The transfer time &apos;{text}&apos; is not an ISO 8601 time; it was left empty.</source>
        <translation>La hora de transferencia «{text}» no es una hora ISO 8601; se dejó vacía.</translation>
    </message>
    <message>
        <source>The transfer time has no time zone; it was read as UTC.</source>
        <translation>La hora de transferencia no tiene zona horaria; se leyó como UTC.</translation>
    </message>
    <message>
        <source>The username &apos;{username}&apos; is already taken.</source>
        <translation>El usuario &apos;{username}&apos; ya está en uso.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>El usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The workstation login &apos;{login}&apos; does not exist yet; it needs a password.</source>
        <translation>El inicio de sesión de estación de trabajo &apos;{login}&apos; todavía no existe; necesita una contraseña.</translation>
    </message>
    <message>
        <source>The workstation login must not be the schema owner.</source>
        <translation>El inicio de sesión de la estación de trabajo no debe ser el propietario del esquema.</translation>
    </message>
    <message>
        <source>The {name} file {path} named in the database address does not exist.</source>
        <translation>El archivo {name} {path} indicado en la dirección de la base de datos no existe.</translation>
    </message>
    <message>
        <source>The {what} &apos;{value}&apos; is not a number; it was left empty.</source>
        <translation>La {what} «{value}» no es un número; se dejó vacía.</translation>
    </message>
    <message>
        <source>The {what} is not valid JSON.</source>
        <translation>El texto de {what} no es un JSON válido.</translation>
    </message>
    <message>
        <source>The {what} must be a JSON object ({{...}}).</source>
        <translation>El texto de {what} debe ser un objeto JSON ({{...}}).</translation>
    </message>
    <message>
        <source>The {what} {number} is out of range; it was left empty.</source>
        <translation>La {what} {number} está fuera de rango; se dejó vacía.</translation>
    </message>
    <message>
        <source>There is no account &apos;{username}&apos;.</source>
        <translation>No existe la cuenta &apos;{username}&apos;.</translation>
    </message>
    <message>
        <source>This account cannot be created.</source>
        <translation>No se puede crear esta cuenta.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Esta cuenta fue desactivada.</translation>
    </message>
    <message>
        <source>This account is no longer active.</source>
        <translation>Esta cuenta ya no está activa.</translation>
    </message>
    <message>
        <source>This action needs your password (and code) from the last few minutes.</source>
        <translation>Esta acción necesita que haya escrito su contraseña (y su código) en los últimos minutos.</translation>
    </message>
    <message>
        <source>This call has no safety plan to print.</source>
        <translation>Esta llamada no tiene plan de seguridad para imprimir.</translation>
    </message>
    <message>
        <source>This call was deleted from the database.</source>
        <translation>Esta llamada se eliminó de la base de datos.</translation>
    </message>
    <message>
        <source>This call was signed by a supervisor and can no longer be changed.</source>
        <translation>Un supervisor firmó esta llamada y ya no se puede modificar.</translation>
    </message>
    <message>
        <source>This call was taken by another counselor.</source>
        <translation>Esta llamada la atendió otro consejero.</translation>
    </message>
    <message>
        <source>This change cannot be sent yet.</source>
        <translation>Este cambio todavía no se puede enviar.</translation>
    </message>
    <message>
        <source>This change could not be sent (see the log).</source>
        <translation>No se pudo enviar este cambio (consulte el archivo de registro).</translation>
    </message>
    <message>
        <source>This change would leave the call incomplete.</source>
        <translation>Este cambio dejaría la llamada incompleta.</translation>
    </message>
    <message>
        <source>This checklist template cannot be imported.</source>
        <translation>No se puede importar esta plantilla de lista de verificación.</translation>
    </message>
    <message>
        <source>This checklist template cannot be used.</source>
        <translation>No se puede usar esta plantilla de lista de verificación.</translation>
    </message>
    <message>
        <source>This code was already used.</source>
        <translation>Este código ya se usó.</translation>
    </message>
    <message>
        <source>This database already has accounts.</source>
        <translation>Esta base de datos ya tiene cuentas.</translation>
    </message>
    <message>
        <source>This database already holds a center&apos;s records; demo data is never mixed in.</source>
        <translation>Esta base de datos ya contiene los registros de un centro; los datos de demostración nunca se mezclan con ellos.</translation>
    </message>
    <message>
        <source>This database has not been set up.</source>
        <translation>Esta base de datos no se ha configurado.</translation>
    </message>
    <message>
        <source>This enrollment file expired on {expires_at:%Y-%m-%d} at {expires_at:%H:%M} UTC.</source>
        <translation>Este archivo de inscripción venció el {expires_at:%Y-%m-%d} a las {expires_at:%H:%M} UTC.</translation>
    </message>
    <message>
        <source>This enrollment file has already been used; each one works once.</source>
        <translation>Este archivo de inscripción ya se usó; cada uno funciona una sola vez.</translation>
    </message>
    <message>
        <source>This enrollment file is for another database, not the one at {location}.</source>
        <translation>Este archivo de inscripción es para otra base de datos, no para la de {location}.</translation>
    </message>
    <message>
        <source>This enrollment file was made by a newer version of Counselor desk.</source>
        <translation>Este archivo de inscripción se creó con una versión más reciente de Counselor desk.</translation>
    </message>
    <message>
        <source>This enrollment file was not issued for this database.</source>
        <translation>Este archivo de inscripción no se emitió para esta base de datos.</translation>
    </message>
    <message>
        <source>This follow-up is already {status}.</source>
        <translation>Este seguimiento ya está {status}.</translation>
    </message>
    <message>
        <source>This follow-up is already {status}; it cannot be claimed.</source>
        <translation>Este seguimiento ya está {status}; no se puede tomar.</translation>
    </message>
    <message>
        <source>This follow-up is already {status}; no attempt can be added.</source>
        <translation>Este seguimiento ya está {status}; no se puede agregar ningún intento.</translation>
    </message>
    <message>
        <source>This handoff to the {recipient} needs the caller&apos;s consent. {reason}</source>
        <translation>Este traspaso (destinatario: {recipient}) necesita el consentimiento de la persona. {reason}</translation>
    </message>
    <message>
        <source>This is not a readable enrollment file: it is damaged or was altered ({detail}).</source>
        <translation>Este no es un archivo de inscripción legible: está dañado o fue alterado ({detail}).</translation>
    </message>
    <message>
        <source>This is not a readable enrollment file: it is damaged or was altered.</source>
        <translation>Este no es un archivo de inscripción legible: está dañado o fue alterado.</translation>
    </message>
    <message>
        <source>This is not a telephone number.</source>
        <translation>Esto no es un número de teléfono.</translation>
    </message>
    <message>
        <source>This is one of your own calls.</source>
        <translation>Esta es una de sus propias llamadas.</translation>
    </message>
    <message>
        <source>This organization cannot be saved.</source>
        <translation>No se puede guardar esta organización.</translation>
    </message>
    <message>
        <source>This password cannot be used.</source>
        <translation>No se puede usar esta contraseña.</translation>
    </message>
    <message>
        <source>This risk assessment grid cannot be used.</source>
        <translation>No se puede usar esta tabla de evaluación de riesgo.</translation>
    </message>
    <message>
        <source>This secret cannot be used.</source>
        <translation>No se puede usar esta clave secreta.</translation>
    </message>
    <message>
        <source>This service cannot be reactivated.</source>
        <translation>No se puede reactivar este servicio.</translation>
    </message>
    <message>
        <source>This service cannot be saved.</source>
        <translation>No se puede guardar este servicio.</translation>
    </message>
    <message>
        <source>This session has ended.</source>
        <translation>Esta sesión terminó.</translation>
    </message>
    <message>
        <source>This session is not known.</source>
        <translation>Esta sesión no es conocida.</translation>
    </message>
    <message>
        <source>This telephone number is not valid.</source>
        <translation>Este número de teléfono no es válido.</translation>
    </message>
    <message>
        <source>This workstation already holds different keys for this database ({keys}).</source>
        <translation>Esta estación de trabajo ya tiene otras claves para esta base de datos ({keys}).</translation>
    </message>
    <message>
        <source>This workstation does not hold the keys of this database.</source>
        <translation>Esta estación de trabajo no tiene las claves de esta base de datos.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled for the database at {location}.</source>
        <translation>Esta estación de trabajo no está inscrita para la base de datos en {location}.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled for this database.</source>
        <translation>Esta estación de trabajo no está inscrita para esta base de datos.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this account. Try again in {wait}.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión en esta cuenta. Vuelva a intentarlo en {wait}.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Type it again, or sign out.</source>
        <translation>Escríbala de nuevo o cierre sesión.</translation>
    </message>
    <message>
        <source>Type it as the caller says it, e.g. 314-555-0142 or +44 20 7946 0958.</source>
        <translation>Escríbalo tal como lo dice la persona, por ejemplo 314-555-0142 o +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows now.</source>
        <translation>Escriba el código que muestra ahora su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>U+{code} ({name}) is in no installed font; printed as {placeholder}.</source>
        <translation>U+{code} ({name}) no está en ninguna fuente instalada; se imprimió como {placeholder}.</translation>
    </message>
    <message>
        <source>Unknown presenting concern codes: {codes}.</source>
        <translation>Códigos de motivos de la llamada desconocidos: {codes}.</translation>
    </message>
    <message>
        <source>Unknown queue view &apos;{view}&apos;.</source>
        <translation>Vista de la cola desconocida: &apos;{view}&apos;.</translation>
    </message>
    <message>
        <source>Unlock it (sign in to the desktop again) and retry. {install_hint}</source>
        <translation>Desbloquéelo (vuelva a iniciar sesión en el escritorio) y vuelva a intentarlo. {install_hint}</translation>
    </message>
    <message>
        <source>Update this workstation first. {nothing_stored}</source>
        <translation>Primero actualice esta estación de trabajo. {nothing_stored}</translation>
    </message>
    <message>
        <source>Update this workstation to the version the center uses.</source>
        <translation>Actualice esta estación de trabajo a la versión que usa el centro.</translation>
    </message>
    <message>
        <source>Use SQLite (sqlite:///PATH) or PostgreSQL (postgresql://USER@HOST/DATABASE).</source>
        <translation>Use SQLite (sqlite:///PATH) o PostgreSQL (postgresql://USER@HOST/DATABASE).</translation>
    </message>
    <message>
        <source>Use a new database for the demo: counselor-app --database sqlite:///demo.db demo</source>
        <translation>Use una base de datos nueva para la demostración: counselor-app --database sqlite:///demo.db demo</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and underscores, starting with a letter (at most 41 characters).</source>
        <translation>Use letras minúsculas, números y guiones bajos, empezando por una letra (como máximo 41 caracteres).</translation>
    </message>
    <message>
        <source>Use one of: {formats}.</source>
        <translation>Use uno de estos: {formats}.</translation>
    </message>
    <message>
        <source>Use one of: {views}.</source>
        <translation>Use una de estas: {views}.</translation>
    </message>
    <message>
        <source>Use sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Use sqlite:///PATH o postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Use sslmode=verify-full with sslrootcert=PATH-TO-CA-FILE for a shared database.</source>
        <translation>Use sslmode=verify-full con sslrootcert=PATH-TO-CA-FILE para una base de datos compartida.</translation>
    </message>
    <message>
        <source>Version {version} of &apos;{key}&apos; already exists with different items. Give the new template a new version.</source>
        <translation>La versión {version} de &apos;{key}&apos; ya existe con otros elementos. Asigne una versión nueva a la plantilla nueva.</translation>
    </message>
    <message>
        <source>Wait for the next code, then type that one.</source>
        <translation>Espere el siguiente código y escriba ese.</translation>
    </message>
    <message>
        <source>Wait, then try again, or ask an administrator.</source>
        <translation>Espere y vuelva a intentarlo, o consulte a un administrador.</translation>
    </message>
    <message>
        <source>Website: {problem}</source>
        <translation>Sitio web: {problem}</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>Your account is no longer active.</source>
        <translation>Su cuenta ya no está activa.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow you to {action}.</source>
        <translation>Su rol ({role}) no le permite {action}.</translation>
    </message>
    <message>
        <source>Your role already lets you open every call.</source>
        <translation>Su rol ya le permite abrir todas las llamadas.</translation>
    </message>
    <message>
        <source>a field is missing</source>
        <translation>falta un campo</translation>
    </message>
    <message>
        <source>a field is not valid</source>
        <translation>un campo no es válido</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>un servicio</translation>
    </message>
    <message>
        <source>break the glass on a call</source>
        <translation>usar el acceso de emergencia a una llamada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>la plantilla de lista de verificación</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>tomado</translation>
    </message>
    <message>
        <source>clinician referral</source>
        <translation>referido a un clínico</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>every {day}</source>
        <translation>cada {day}</translation>
    </message>
    <message>
        <source>export handoffs</source>
        <translation>exportar traspasos</translation>
    </message>
    <message>
        <source>follow_up_max_attempts is {value}; it must be between 1 and 10.</source>
        <translation>follow_up_max_attempts vale {value}; debe estar entre 1 y 10.</translation>
    </message>
    <message>
        <source>give an address starting with https:// or http://, or leave it empty.</source>
        <translation>escriba una dirección que empiece con https:// o http://, o déjela vacía.</translation>
    </message>
    <message>
        <source>give an address such as intake@example.org, or leave it empty.</source>
        <translation>escriba una dirección como intake@example.org, o déjela vacía.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>imminent</source>
        <translation>inminente</translation>
    </message>
    <message>
        <source>intact ({count} entries checked)</source>
        <translation>íntegro ({count} entradas verificadas)</translation>
    </message>
    <message>
        <source>it names keys this version does not know</source>
        <translation>nombra claves que esta versión no conoce</translation>
    </message>
    <message>
        <source>its contents are incomplete</source>
        <translation>su contenido está incompleto</translation>
    </message>
    <message>
        <source>its contents are inconsistent</source>
        <translation>su contenido no es coherente</translation>
    </message>
    <message>
        <source>key derivation settings out of range</source>
        <translation>parámetros de derivación de clave fuera de rango</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>último día</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>administrar cuentas</translation>
    </message>
    <message>
        <source>manage the center&apos;s settings and keys</source>
        <translation>administrar la configuración y las claves del centro</translation>
    </message>
    <message>
        <source>manage the checklist templates</source>
        <translation>administrar las plantillas de listas de verificación</translation>
    </message>
    <message>
        <source>manage the directory</source>
        <translation>administrar el directorio</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>medianoche</translation>
    </message>
    <message>
        <source>mobile crisis team</source>
        <translation>equipo móvil de crisis</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>peer specialist follow-up</source>
        <translation>seguimiento de un especialista de apoyo entre pares</translation>
    </message>
    <message>
        <source>psap / 911</source>
        <translation>centro de atención del 911 / PSAP</translation>
    </message>
    <message>
        <source>review break-glass accesses</source>
        <translation>revisar los accesos de emergencia</translation>
    </message>
    <message>
        <source>review the audit trail</source>
        <translation>revisar el registro de auditoría</translation>
    </message>
    <message>
        <source>risk assessment grid</source>
        <translation>la tabla de evaluación de riesgo</translation>
    </message>
    <message>
        <source>role prefix</source>
        <translation>prefijo de rol</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programado</translation>
    </message>
    <message>
        <source>sign calls</source>
        <translation>firmar llamadas</translation>
    </message>
    <message>
        <source>take calls</source>
        <translation>atender llamadas</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>mañana {time}</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>derivación de clave desconocida</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>cerrado porque no se localizó a la persona</translation>
    </message>
    <message>
        <source>view calls</source>
        <translation>ver llamadas</translation>
    </message>
    <message>
        <source>view every counselor&apos;s calls</source>
        <translation>ver las llamadas de todos los consejeros</translation>
    </message>
    <message>
        <source>view follow-ups</source>
        <translation>ver seguimientos</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>ver informes</translation>
    </message>
    <message>
        <source>view the directory</source>
        <translation>ver el directorio</translation>
    </message>
    <message>
        <source>watch the calls at imminent risk</source>
        <translation>vigilar las llamadas con riesgo inminente</translation>
    </message>
    <message>
        <source>work follow-ups</source>
        <translation>trabajar en los seguimientos</translation>
    </message>
    <message>
        <source>workstation login name</source>
        <translation>nombre de inicio de sesión de la estación de trabajo</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} meses</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} años</translation>
    </message>
    <message>
        <source>{days} {opens} – {closes}</source>
        <translation>{days} {opens} – {closes}</translation>
    </message>
    <message>
        <source>{days}, every other month</source>
        <translation>{days}, cada dos meses</translation>
    </message>
    <message>
        <source>{days}, every other week</source>
        <translation>{days}, cada dos semanas</translation>
    </message>
    <message>
        <source>{days}, every {count} months</source>
        <translation>{days}, cada {count} meses</translation>
    </message>
    <message>
        <source>{days}, every {count} weeks</source>
        <translation>{days}, cada {count} semanas</translation>
    </message>
    <message>
        <source>{days}, open 24 hours</source>
        <translation>{days}, abierto las 24 horas</translation>
    </message>
    <message>
        <source>{day} of the month</source>
        <translation>{day} del mes</translation>
    </message>
    <message>
        <source>{day} {month} {date} {time}</source>
        <translation>{day} {date} {month}, {time}</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{day}nd</source>
        <translation>día {day}</translation>
    </message>
    <message>
        <source>{day}rd</source>
        <translation>día {day}</translation>
    </message>
    <message>
        <source>{day}st</source>
        <translation>día {day}</translation>
    </message>
    <message>
        <source>{day}th</source>
        <translation>día {day}</translation>
    </message>
    <message>
        <source>{field}: keep it under {limit:,} characters.</source>
        <translation>{field}: use menos de {limit:,} caracteres.</translation>
    </message>
    <message>
        <source>{file} is neither a folder nor a zip file.</source>
        <translation>{file} no es una carpeta ni un archivo zip.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>{folder} exists and is not a folder.</source>
        <translation>{folder} existe y no es una carpeta.</translation>
    </message>
    <message>
        <source>{hours} (from {start})</source>
        <translation>{hours} (desde el {start})</translation>
    </message>
    <message>
        <source>{hours} (until {end})</source>
        <translation>{hours} (hasta el {end})</translation>
    </message>
    <message>
        <source>{hours} ({start} – {end})</source>
        <translation>{hours} ({start} – {end})</translation>
    </message>
    <message>
        <source>{hour}:{minute} AM</source>
        <translation>{hour}:{minute} a.m.</translation>
    </message>
    <message>
        <source>{hour}:{minute} PM</source>
        <translation>{hour}:{minute} p.m.</translation>
    </message>
    <message>
        <source>{member} in {file} is too large to import.</source>
        <translation>{member} (en {file}) es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutos</translation>
    </message>
    <message>
        <source>{monthdays} of the month</source>
        <translation>{monthdays} del mes</translation>
    </message>
    <message>
        <source>{month} {day}, {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{name} does not use two-step sign-in.</source>
        <translation>{name} no usa el inicio de sesión en dos pasos.</translation>
    </message>
    <message>
        <source>{number}nd</source>
        <translation>{number}.º</translation>
    </message>
    <message>
        <source>{number}rd</source>
        <translation>{number}.º</translation>
    </message>
    <message>
        <source>{number}st</source>
        <translation>{number}.º</translation>
    </message>
    <message>
        <source>{number}th</source>
        <translation>{number}.º</translation>
    </message>
    <message>
        <source>{ordinal} {day}</source>
        <translation>{ordinal} {day}</translation>
    </message>
    <message>
        <source>{ordinal}-to-last</source>
        <translation>{ordinal} desde el final</translation>
    </message>
    <message>
        <source>{ordinal}-to-last day</source>
        <translation>{ordinal} día contando desde el final</translation>
    </message>
    <message>
        <source>{ordinal}-to-last {day}</source>
        <translation>{ordinal} {day} contando desde el final</translation>
    </message>
    <message>
        <source>{passphrase_shape} {nothing_stored}</source>
        <translation>{passphrase_shape} {nothing_stored}</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <source>{principle}: none identified.</source>
        <translation>{principle}: no se identificó nada.</translation>
    </message>
    <message>
        <source>{principle}: {items}.</source>
        <translation>{principle}: {items}.</translation>
    </message>
    <message>
        <source>{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, {deactivated} deactivated, {rejected} rejected, {warnings} warnings</source>
        <translation>{rows} filas: {created} creadas, {updated} actualizadas, {unchanged} sin cambios, {deactivated} desactivadas, {rejected} rechazadas, {warnings} advertencias</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} segundos</translation>
    </message>
    <message>
        <source>{weekdays} of the month</source>
        <translation>{weekdays} del mes</translation>
    </message>
    <message>
        <source>{weekdays} on the {monthdays} of the month</source>
        <translation>{weekdays} que caiga el {monthdays} del mes</translation>
    </message>
    <message>
        <source>{what} is too long.</source>
        <translation>{what}: el texto es demasiado largo.</translation>
    </message>
    <message>
        <source>{who} has already claimed this follow-up at {time}.</source>
        <translation>{who} ya tomó este seguimiento a las {time}.</translation>
    </message>
    <message>
        <source>{who} has already claimed this follow-up.</source>
        <translation>{who} ya tomó este seguimiento.</translation>
    </message>
    <message>
        <source>{who} has claimed this follow-up.</source>
        <translation>{who} tomó este seguimiento.</translation>
    </message>
    <message>
        <source>{who} has claimed this follow-up; only they or a supervisor can release it.</source>
        <translation>{who} tomó este seguimiento; solo esa persona o un supervisor puede liberarlo.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Calls per week by disposition</source>
        <translation>Llamadas por semana según el cierre</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semana que empieza el</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>Lacking data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Records left out because they lack the data the figure needs</source>
        <translation>Registros que se dejan fuera porque les faltan los datos que el indicador necesita</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>{name}: {value} ({formula})</source>
        <translation>{name}: {value} ({formula})</translation>
    </message>
    <message>
        <source>Numerator: {text}</source>
        <translation>Numerador: {text}</translation>
    </message>
    <message>
        <source>Denominator: {text}</source>
        <translation>Denominador: {text}</translation>
    </message>
    <message>
        <source>Records lacking data ({count}): {text}</source>
        <translation>Registros sin datos ({count}): {text}</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>MMM dd</source>
        <translation>dd MMM</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>{numerator} of {denominator}</source>
        <translation>{numerator} de {denominator}</translation>
    </message>
    <message>
        <source>{count} calls</source>
        <translation>{count} llamadas</translation>
    </message>
    <message>
        <source>{count} dispatches</source>
        <translation>{count} envíos</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>All counselors</source>
        <translation>Todos los consejeros</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>The unit costs are the shipped defaults; no source is recorded for them (setting report_unit_costs_source).</source>
        <translation>Los costos unitarios son los predeterminados; no se registró su fuente (ajuste report_unit_costs_source).</translation>
    </message>
    <message>
        <source>Unit costs: {source}</source>
        <translation>Costos unitarios: {source}</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Records have changed since this report was made; press Make report to update it.</source>
        <translation>Los registros cambiaron desde que se generó este informe; oprima Generar informe para actualizarlo.</translation>
    </message>
    <message>
        <source>Export the outcome report as {format}</source>
        <translation>Exportar el informe de resultados como {format}</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Program outcome report. Calls count when they started within the period (center time zone). Select a figure to read its full definition.</source>
        <translation>Informe de resultados del programa. Las llamadas cuentan si empezaron dentro del período (zona horaria del centro). Seleccione un indicador para leer su definición completa.</translation>
    </message>
    <message>
        <source>Co-responder teams, by the unit recorded on their calls</source>
        <translation>Equipos de respuesta conjunta, según la unidad registrada en sus llamadas</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>&amp;Generar informe</translation>
    </message>
    <message>
        <source>Make the report for this period and these filters (F5)</source>
        <translation>Generar el informe para este período y estos filtros (F5)</translation>
    </message>
    <message>
        <source>Export {format}…</source>
        <translation>Exportar {format}…</translation>
    </message>
    <message>
        <source>Export the report as {format}</source>
        <translation>Exportar el informe como {format}</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>C&amp;ounselor</source>
        <translation>&amp;Consejero(a)</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>Outcome figures</source>
        <translation>Indicadores de resultados</translation>
    </message>
    <message>
        <source>Definition of the selected figure</source>
        <translation>Definición del indicador seleccionado</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Primer intento</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Chart: calls per week by disposition</source>
        <translation>Gráfico: llamadas por semana según el cierre</translation>
    </message>
    <message>
        <source>Stacked bars, one per week; each disposition has its own fill pattern. The table beside the chart lists the same numbers.</source>
        <translation>Barras apiladas, una por semana; cada cierre tiene su propio patrón de relleno. La tabla junto al gráfico muestra los mismos números.</translation>
    </message>
    <message>
        <source>Chart: risk level mix</source>
        <translation>Gráfico: distribución por nivel de riesgo</translation>
    </message>
    <message>
        <source>One bar per risk level with its number of calls. The table beside it lists them.</source>
        <translation>Una barra por nivel de riesgo con su número de llamadas. La tabla de al lado las muestra.</translation>
    </message>
    <message>
        <source>Chart: follow-up timeliness</source>
        <translation>Gráfico: puntualidad de los seguimientos</translation>
    </message>
    <message>
        <source>One bar per timeliness category with its number of contacts. The table beside it lists them.</source>
        <translation>Una barra por categoría de puntualidad con su número de contactos. La tabla de al lado los muestra.</translation>
    </message>
    <message>
        <source>Data: calls per week by disposition</source>
        <translation>Datos: llamadas por semana según el cierre</translation>
    </message>
    <message>
        <source>Data: risk level mix</source>
        <translation>Datos: distribución por nivel de riesgo</translation>
    </message>
    <message>
        <source>Data: follow-up timeliness</source>
        <translation>Datos: puntualidad de los seguimientos</translation>
    </message>
    <message>
        <source>Calls per &amp;week</source>
        <translation>Llamadas por s&amp;emana</translation>
    </message>
    <message>
        <source>&amp;Risk level mix</source>
        <translation>Distribución por nivel de &amp;riesgo</translation>
    </message>
    <message>
        <source>Follow-up t&amp;imeliness</source>
        <translation>&amp;Puntualidad de los seguimientos</translation>
    </message>
    <message>
        <source>Risk level mix</source>
        <translation>Distribución por nivel de riesgo</translation>
    </message>
    <message>
        <source>Follow-up timeliness</source>
        <translation>Puntualidad de los seguimientos</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Todavía no hay informe</translation>
    </message>
    <message>
        <source>Report of {count}</source>
        <translation>Informe de {count}</translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <source>Exporting {format}…</source>
        <translation>Exportando {format}…</translation>
    </message>
    <message>
        <source>Saved the {format} report to {path}.</source>
        <translation>Se guardó el informe {format} en {path}.</translation>
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
        <source>After your password, sign-in will ask for a 6-digit code from an authenticator app on your phone (any TOTP app). Add this key to the app — scan the code, type the key, or paste the link into an app that accepts one — then type the code the app shows.</source>
        <translation>Después de su contraseña, el inicio de sesión le pedirá un código de 6 dígitos de una aplicación de autenticación en su teléfono (cualquier aplicación TOTP). Agregue esta clave a la aplicación —escanee el código QR, escriba la clave o pegue el enlace en una aplicación que lo acepte— y luego escriba el código que muestra la aplicación.</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>Código QR del enlace</translation>
    </message>
    <message>
        <source>Scan it with your authenticator app; it holds the same key.</source>
        <translation>Escanéelo con su aplicación de autenticación; contiene la misma clave.</translation>
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
        <source>Enter your username and password.</source>
        <translation>Escriba su usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Sign in to {app}</source>
        <translation>Iniciar sesión en {app}</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in with your own account.</source>
        <translation>Inicie sesión con su propia cuenta.</translation>
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
        <translation>Códi&amp;go de su aplicación:</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de datos: {location}</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Escriba el código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
</TS>
