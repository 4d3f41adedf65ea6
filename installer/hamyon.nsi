; Hamyon Terminal: the Windows installer (NSIS 3, Modern UI 2) for the one-folder bundle that
; PyInstaller builds from installer/hamyon.spec (dist\hamyon: hamyon.exe, hamyonw.exe, _internal\).
;
;   makensis installer\hamyon.nsi        (after pyinstaller installer\hamyon.spec; docs/install.md)
;
; Defines (makensis /DNAME=value): BUNDLE (the bundle folder, default ..\dist\hamyon), OUTFILE,
; VERSION (default: read from pyproject.toml), ICON (default ..\build\icons\hamyon.ico, written
; by the spec), CHECK_ONLY (no compression: a quick compile that checks the script), STANDIN (accept
; a bundle that is not a Windows one: installer/windows/compile.py checks the script on Linux).
;
; Pages in English, O'zbekcha, Қазақша and Русский. The program goes to Program Files; the terminal's
; data to one per-machine folder, %ProgramData%\Hamyon, which every user of the machine may write
; (the terminal is shared by the staff of a site) and which the program finds through the machine's
; HAMYON_HOME variable. The uninstaller keeps that folder unless asked: the "Remove the terminal's
; data" component, or the /PURGE switch (silently: Uninstall.exe /S /PURGE).

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "WinMessages.nsh"

!define APP "Hamyon Terminal"
!define APP_ID "HamyonTerminal"
!define PUBLISHER "Hamyon"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define ENV_KEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
!define DATA_FOLDER "Hamyon"

!ifndef BUNDLE
  !define BUNDLE "..\dist\hamyon"
!endif
!ifndef VERSION
  !searchparse /file "..\pyproject.toml" 'version = "' VERSION '"'
!endif
!ifndef ICON
  !define ICON "..\build\icons\hamyon.ico"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\hamyon-${VERSION}-setup.exe"
!endif
!ifndef STANDIN  ; /DSTANDIN: any folder stands in for the bundle (checking this script on Linux)
  !if /FileExists "${BUNDLE}\hamyonw.exe"
  !else
    !error "${BUNDLE} holds no hamyonw.exe: build the Windows bundle first (pyinstaller installer\hamyon.spec)"
  !endif
!endif

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
ShowInstDetails show
ShowUninstDetails show
BrandingText "${APP} ${VERSION}"
!ifdef CHECK_ONLY
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

Var DataDir

; --- pages -------------------------------------------------------------------------------------
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
; the language chosen at the start is remembered for the uninstaller
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH

; --- languages (the first is the default) --------------------------------------------------------
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Uzbek"
!insertmacro MUI_LANGUAGEEX "windows\lang" "Kazakh"  ; NSIS ships none: windows\lang\Kazakh.nlf, .nsh
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecProgram ${LANG_ENGLISH} "${APP}"
LangString SecProgram ${LANG_UZBEK} "${APP}"
LangString SecProgram ${LANG_KAZAKH} "${APP}"
LangString SecProgram ${LANG_RUSSIAN} "${APP}"
LangString SecDesktop ${LANG_ENGLISH} "Shortcut on the desktop"
LangString SecDesktop ${LANG_UZBEK} "Ish stolida yorliq"
LangString SecDesktop ${LANG_KAZAKH} "Жұмыс үстеліндегі белгіше"
LangString SecDesktop ${LANG_RUSSIAN} "Ярлык на рабочем столе"
LangString SecData ${LANG_ENGLISH} "Remove the terminal's data (acts, queue, face templates)"
LangString SecData ${LANG_UZBEK} "Terminal ma'lumotlarini o'chirish (aktlar, navbat, yuz shablonlari)"
LangString SecData ${LANG_KAZAKH} "Терминал деректерін жою (актілер, кезек, бет үлгілері)"
LangString SecData ${LANG_RUSSIAN} "Удалить данные терминала (акты, очередь, шаблоны лиц)"
LangString DataKept ${LANG_ENGLISH} "The terminal's data is kept in"
LangString DataKept ${LANG_UZBEK} "Terminal ma'lumotlari saqlab qolindi:"
LangString DataKept ${LANG_KAZAKH} "Терминал деректері сақталды:"
LangString DataKept ${LANG_RUSSIAN} "Данные терминала сохранены в папке"
LangString DataRemoved ${LANG_ENGLISH} "The terminal's data was removed:"
LangString DataRemoved ${LANG_UZBEK} "Terminal ma'lumotlari o'chirildi:"
LangString DataRemoved ${LANG_KAZAKH} "Терминал деректері жойылды:"
LangString DataRemoved ${LANG_RUSSIAN} "Данные терминала удалены:"
LangString Needs64 ${LANG_ENGLISH} "${APP} needs 64-bit Windows."
LangString Needs64 ${LANG_UZBEK} "${APP} uchun 64 bitli Windows kerak."
LangString Needs64 ${LANG_KAZAKH} "${APP} үшін 64 биттік Windows қажет."
LangString Needs64 ${LANG_RUSSIAN} "Для ${APP} нужна 64-разрядная Windows."

; --- installing ---------------------------------------------------------------------------------
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(Needs64)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  StrCpy $DataDir "$APPDATA\${DATA_FOLDER}"  ; all users' application data: C:\ProgramData\Hamyon
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "!$(SecProgram)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  ; the data folder, writable by every user of the machine (Users: S-1-5-32-545, any Windows language)
  CreateDirectory "$DataDir"
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$DataDir" /grant *S-1-5-32-545:(OI)(CI)M'
  Pop $0
  WriteRegExpandStr HKLM "${ENV_KEY}" "HAMYON_HOME" "$DataDir"
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000

  ; the shortcut also names the folder, for a session started before the variable reached it
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\hamyonw.exe" '--home "$DataDir"' "$INSTDIR\hamyonw.exe" 0

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\hamyonw.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DataLocation" "$DataDir"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\hamyonw.exe" '--home "$DataDir"' "$INSTDIR\hamyonw.exe" 0
SectionEnd

; --- uninstalling -------------------------------------------------------------------------------
Section "un.$(SecProgram)" UnSecProgram
  SectionIn RO
  ; only what the installer put there (never RMDir /r a folder the user chose)
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\hamyon.exe"
  Delete "$INSTDIR\hamyonw.exe"
  Delete "$INSTDIR\hamyon"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  DeleteRegValue HKLM "${ENV_KEY}" "HAMYON_HOME"
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd

Section /o "un.$(SecData)" UnSecData
  RMDir /r "$DataDir"
  DetailPrint "$(DataRemoved) $DataDir"
SectionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  ReadRegStr $DataDir HKLM "${UNINSTALL_KEY}" "DataLocation"
  ${If} $DataDir == ""
    StrCpy $DataDir "$APPDATA\${DATA_FOLDER}"
  ${EndIf}
  !insertmacro MUI_UNGETLANGUAGE
  ; Uninstall.exe /PURGE (or /S /PURGE): remove the data too, as if its box were ticked
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/PURGE" $1
  ${IfNot} ${Errors}
    SectionSetFlags ${UnSecData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

Function un.onUninstSuccess
  ${IfNot} ${SectionIsSelected} ${UnSecData}
    ${If} ${FileExists} "$DataDir\*.*"
      MessageBox MB_ICONINFORMATION "$(DataKept) $DataDir" /SD IDOK
    ${EndIf}
  ${EndIf}
FunctionEnd
