; Jejak Netral — Windows installer (NSIS 3, 64-bit, per user, no admin rights).
;
; Build (packaging/build.py windows does this):
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DPAYLOAD=<PyInstaller folder> -DOUTFILE=setup.exe jejak-netral.nsi
;   optional: -DSIGN_CMD="signtool sign /f cert.pfx /p *** /fd sha256 /tr <tsa> /td sha256"
;             (signs the installer and the uninstaller; only when a certificate is configured)
;
; Install options (work with /S for a silent install):
;   /S                 silent
;   /ORG=<file>        organisation file to install (default: organisation.toml beside setup.exe)
;   /PACKS=<folder>    rule packs (*.toml, *.jnpack) to install (default: rulepacks\ beside setup.exe)
;   /ALLUSERS          install for every user (needs admin): Program Files, organisation file in
;                      %ProgramData%\JejakNetral
;   /NOSHORTCUT        no Start-menu / desktop shortcut
;   /LANG=en           installer in English (default: Bahasa Indonesia)
;   /D=<folder>        install folder (must be last, NSIS rule)
; Uninstall options (uninstall.exe, with /S for silent):
;   /WIPEDATA          also delete this user's app data (`jejak-netral data wipe --yes`)
;
; Where the organisation file goes is where the installed app reads it
; (audit/orgconfig.py): per user, in the app's own folder (beside
; jejak-netral-app.exe); for all users, in %ProgramData%\JejakNetral.

Unicode true
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !error "define PAYLOAD: the PyInstaller folder holding jejak-netral-app.exe"
!endif
!ifndef OUTFILE
  !define OUTFILE "jejak-netral-${VERSION}-setup-x64.exe"
!endif
!define APPNAME "Jejak Netral"
!define APPKEY "JejakNetral"
!define ORGFILE "organisation.toml"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPKEY}"

!ifdef SIGN_CMD
  !finalize '${SIGN_CMD} "%1"'
  !uninstfinalize '${SIGN_CMD} "%1"'
!endif

Name "${APPNAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPKEY}"
BrandingText "${APPNAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Var OrgSrc      ; organisation file to install ("" = none)
Var PacksSrc    ; rule-pack folder to install ("" = none)
Var OrgDir      ; where the organisation file goes
Var AllUsers
Var NoShortcut

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\jejak-netral-app.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString ShortcutDesc ${LANG_INDONESIAN} "Audit mandiri jejak digital ASN (offline)"
LangString ShortcutDesc ${LANG_ENGLISH} "Self-audit of your social-media archive (offline)"
LangString NeedAdmin ${LANG_INDONESIAN} "Pemasangan untuk semua pengguna (/ALLUSERS) memerlukan hak admin."
LangString NeedAdmin ${LANG_ENGLISH} "Installing for all users (/ALLUSERS) needs admin rights."
LangString OrgMissing ${LANG_INDONESIAN} "Berkas organisasi tidak ditemukan:"
LangString OrgMissing ${LANG_ENGLISH} "Organisation file not found:"
LangString Not64 ${LANG_INDONESIAN} "Jejak Netral memerlukan Windows 64-bit."
LangString Not64 ${LANG_ENGLISH} "Jejak Netral needs 64-bit Windows."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Not64)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ${GetParameters} $R0
  StrCpy $LANGUAGE ${LANG_INDONESIAN}
  ClearErrors
  ${GetOptions} $R0 "/LANG=" $R1
  ${IfNot} ${Errors}
  ${AndIf} $R1 == "en"
    StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${EndIf}

  StrCpy $AllUsers 0
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R1
  ${IfNot} ${Errors}
    UserInfo::GetAccountType
    Pop $R2
    ${If} $R2 != "Admin"
      MessageBox MB_OK|MB_ICONSTOP "$(NeedAdmin)" /SD IDOK
      SetErrorLevel 740  ; ERROR_ELEVATION_REQUIRED
      Quit
    ${EndIf}
    StrCpy $AllUsers 1
    ; Only replace the per-user default, never a folder given with /D=. Compared before the
    ; context switch: in the "all" context $LOCALAPPDATA names a different folder.
    ${If} $INSTDIR == "$LOCALAPPDATA\Programs\${APPKEY}"
      StrCpy $INSTDIR "$PROGRAMFILES64\${APPKEY}"
    ${EndIf}
    SetShellVarContext all
  ${EndIf}

  StrCpy $NoShortcut 0
  ClearErrors
  ${GetOptions} $R0 "/NOSHORTCUT" $R1
  ${IfNot} ${Errors}
    StrCpy $NoShortcut 1
  ${EndIf}

  ; Organisation file: /ORG=<file>, else organisation.toml beside setup.exe.
  StrCpy $OrgSrc ""
  ClearErrors
  ${GetOptions} $R0 "/ORG=" $R1
  ${IfNot} ${Errors}
    ${IfNot} ${FileExists} "$R1"
      MessageBox MB_OK|MB_ICONSTOP "$(OrgMissing) $R1" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
    StrCpy $OrgSrc $R1
  ${ElseIf} ${FileExists} "$EXEDIR\${ORGFILE}"
    StrCpy $OrgSrc "$EXEDIR\${ORGFILE}"
  ${EndIf}

  StrCpy $PacksSrc ""
  ClearErrors
  ${GetOptions} $R0 "/PACKS=" $R1
  ${IfNot} ${Errors}
    StrCpy $PacksSrc $R1
  ${ElseIf} ${FileExists} "$EXEDIR\rulepacks\*.*"
    StrCpy $PacksSrc "$EXEDIR\rulepacks"
  ${EndIf}
FunctionEnd

Section "Jejak Netral" SecMain
  SectionIn RO
  ; Per user: beside the app. All users: %ProgramData%\JejakNetral ($APPDATA in the "all" context).
  ${If} $AllUsers == 1
    StrCpy $OrgDir "$APPDATA\${APPKEY}"
  ${Else}
    StrCpy $OrgDir "$INSTDIR"
  ${EndIf}

  SetOutPath "$INSTDIR"
  ; Upgrade in place: the old program goes, the organisation file and packs stay.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"

  ${If} $OrgSrc != ""
    CreateDirectory "$OrgDir"
    CopyFiles /SILENT "$OrgSrc" "$OrgDir\${ORGFILE}"
  ${EndIf}
  ${If} $PacksSrc != ""
    CreateDirectory "$OrgDir\rulepacks"
    CopyFiles /SILENT "$PacksSrc\*.toml" "$OrgDir\rulepacks"
    CopyFiles /SILENT "$PacksSrc\*.jnpack" "$OrgDir\rulepacks"
  ${EndIf}

  WriteUninstaller "$INSTDIR\uninstall.exe"
  ${If} $NoShortcut == 0
    CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\jejak-netral-app.exe" "" \
      "$INSTDIR\jejak-netral-app.exe" 0 SW_SHOWNORMAL "" "$(ShortcutDesc)"
  ${EndIf}

  ; Uninstall entry: HKCU for a per-user install (no admin), HKLM for all users.
  ${If} $AllUsers == 1
    StrCpy $R9 "HKLM"
    WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
    WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "${APPNAME}"
    WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKLM "${UNINSTKEY}" "OrganisationFolder" "$OrgDir"
    WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\jejak-netral-app.exe"
    WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
    WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  ${Else}
    WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
    WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${APPNAME}"
    WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTKEY}" "OrganisationFolder" "$OrgDir"
    WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\jejak-netral-app.exe"
    WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${EndIf}
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  ${If} $AllUsers == 1
    WriteRegDWORD HKLM "${UNINSTKEY}" "EstimatedSize" $0
  ${Else}
    WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
  ${EndIf}
SectionEnd

Function un.onInit
  SetRegView 64
  StrCpy $LANGUAGE ${LANG_INDONESIAN}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/LANG=" $R1
  ${IfNot} ${Errors}
  ${AndIf} $R1 == "en"
    StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${EndIf}
  ; Installed for all users when the HKLM entry points at this folder.
  StrCpy $AllUsers 0
  ReadRegStr $R1 HKLM "${UNINSTKEY}" "InstallLocation"
  ${If} $R1 == $INSTDIR
    StrCpy $AllUsers 1
    SetShellVarContext all
    ReadRegStr $OrgDir HKLM "${UNINSTKEY}" "OrganisationFolder"
  ${Else}
    ReadRegStr $OrgDir HKCU "${UNINSTKEY}" "OrganisationFolder"
  ${EndIf}
FunctionEnd

Section "Uninstall"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/WIPEDATA" $R1
  ${IfNot} ${Errors}
    ; The user's own data (store, settings, logs); never their archives.
    ExecWait '"$INSTDIR\jejak-netral.exe" data wipe --yes' $R2
  ${EndIf}
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  ${If} $OrgDir != ""
  ${AndIf} $OrgDir != $INSTDIR
    Delete "$OrgDir\${ORGFILE}"
    RMDir /r "$OrgDir\rulepacks"
    RMDir "$OrgDir"
  ${EndIf}
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\jejak-netral-app.exe"
  Delete "$INSTDIR\jejak-netral.exe"
  Delete "$INSTDIR\${ORGFILE}"
  RMDir /r "$INSTDIR\rulepacks"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ${If} $AllUsers == 1
    DeleteRegKey HKLM "${UNINSTKEY}"
  ${Else}
    DeleteRegKey HKCU "${UNINSTKEY}"
  ${EndIf}
SectionEnd
