# Build the Counselor desk bundle on Windows (dist\counselor-desk\counselor-desk.exe).
#
# NOT TESTED: written and reviewed on Linux only; no Windows machine was available. See
# packaging\README.md for what to check on the first real build.
#
# Run from the repository root in PowerShell, with Python 3.11+ (python.org installer) on PATH:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"

$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    python -m venv .venv
}
$Python = ".venv\Scripts\python.exe"
& $Python -m pip install --disable-pip-version-check --quiet -e ".[package]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

# The spec finds DejaVu Sans in C:\Windows\Fonts when it is installed there; otherwise the PDFs
# use the fonts an administrator configures (setting pdf_font_files).
& $Python -m PyInstaller --noconfirm --clean --distpath dist --workpath build `
    packaging\counselor-desk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Smoke test: the version line and a schema upgrade of a throw-away database (Windows Credential
# Manager holds the keys; the test database's keys stay there under counselor-desk/<id>).
$Exe = "dist\counselor-desk\counselor-desk.exe"
& $Exe --version
$Db = Join-Path $env:TEMP "counselor-desk-smoke.db"
Remove-Item $Db -ErrorAction SilentlyContinue
& $Exe --database "sqlite:///$Db" db upgrade
if ($LASTEXITCODE -ne 0) { throw "the bundle could not create a database" }
Remove-Item $Db -ErrorAction SilentlyContinue
Write-Host "Built $Exe"
