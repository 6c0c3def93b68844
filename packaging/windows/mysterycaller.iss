; Inno Setup script: a Windows installer of the PyInstaller one-folder build.
; Build the folder first (see the README, "Installers"), then from the repository root:
;     iscc /DAppVersion=0.1.0 packaging\windows\mysterycaller.iss
; The installer lands in build\installer\. It installs per user (no administrator needed):
; testers' laptops are often locked down.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Mystery Caller"
#define AppExe "MysteryCaller.exe"
#define SourceDir "..\..\build\frozen\dist\mysterycaller"

[Setup]
AppId={{6F1C2B9E-4D7A-4E0B-9C35-2A8E5B7D41F3}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Mystery Caller
DefaultDirName={autopf}\Mystery Caller
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\build\installer
OutputBaseFilename=MysteryCaller-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\mysterycaller.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's data (database, backups, settings) lives in %LOCALAPPDATA%\MysteryCaller and
; stays when the app is uninstalled or updated.
