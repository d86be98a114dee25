; Progression for Windows: a per-user installer that needs no administrator rights (Inno Setup 6).
;     ISCC.exe /DAppVersion=0.1.0 packaging\windows\progression.iss   (after `pyinstaller build.spec`)
; -> dist\Progression-<version>-windows-x64-installation.exe
;
; What it does, all inside the teacher's own profile:
;   * copies dist\Progression to %LOCALAPPDATA%\Programs\Progression (where Windows puts per-user programs);
;   * a Start menu entry « Progression » (and a desktop shortcut if asked);
;   * .carnet files open with Progression: keys under HKEY_CURRENT_USER\Software\Classes only;
;   * uninstalling removes the program, the shortcuts and those keys, and nothing else: the carnets
;     (in Documents or wherever the teacher keeps them), their backups and the settings in
;     %LOCALAPPDATA%\Progression are kept.

#define AppName "Progression"
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define DistDir "..\..\dist\Progression"

[Setup]
AppId={{5B0E6C9A-3F1D-4B7E-9A52-7C1E2D8F4A61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Progression
VersionInfoVersion={#AppVersion}
; Per user, never elevated: the installer runs on a school laptop without administrator rights.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\progression.ico
UninstallDisplayIcon={app}\Progression.exe
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=Progression-{#AppVersion}-windows-x64-installation
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
; Closes a running Progression before replacing its files (Windows refuses to replace open files).
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the previous version's libraries whole (a file it no longer ships must not linger).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\Progression.exe"; Comment: "Suivi des progrès en lecture"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\Progression.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Software\Classes\.carnet"; ValueType: string; ValueName: ""; ValueData: "Progression.Carnet"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.carnet\OpenWithProgids"; ValueType: string; ValueName: "Progression.Carnet"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Progression.Carnet"; ValueType: string; ValueName: ""; ValueData: "Carnet Progression"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Progression.Carnet\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Progression.exe,0"
Root: HKCU; Subkey: "Software\Classes\Progression.Carnet\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Progression.exe"" ""%1"""

[Run]
Filename: "{app}\Progression.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what [Files], [Icons] and
; [Registry] put in place. The carnets and %LOCALAPPDATA%\Progression (backups, settings) stay.
