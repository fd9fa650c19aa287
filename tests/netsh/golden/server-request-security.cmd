@echo off
rem netsh ipsec static script written by IPsec Policy Designer.
rem It creates 2 filter list(s), 3 filter action(s) and 1 policy(ies) with 2 rule(s): "Server (Request Security)".
rem Store: the local IPsec policy store of the computer that runs it.
rem It first deletes the policies, filter actions and filter lists of the same names.
rem Run it from an elevated command prompt; it stops at the first failing command and says which one.
setlocal EnableExtensions DisableDelayedExpansion
rem Choose the policy store.
netsh ipsec static set store location=local
if errorlevel 1 (echo Step 1 of 13 failed: set store 1>&2 & exit /b 1)

rem Delete the objects of the same names first, so the script can run again.
netsh ipsec static delete policy name="Server (Request Security)" >nul 2>&1
netsh ipsec static delete filteraction name="Permit" >nul 2>&1
netsh ipsec static delete filteraction name="Request Security (Optional)" >nul 2>&1
netsh ipsec static delete filteraction name="Require Security" >nul 2>&1
netsh ipsec static delete filterlist name="All IP Traffic" >nul 2>&1
netsh ipsec static delete filterlist name="All ICMP Traffic" >nul 2>&1

rem Filter lists and their filters.
netsh ipsec static add filterlist name="All IP Traffic" description="Matches all IP packets from this computer to any other computer, except broadcast, multicast, Kerberos, RSVP and ISAKMP (IKE)."
if errorlevel 1 (echo Step 2 of 13 failed: add filterlist "All IP Traffic" 1>&2 & exit /b 1)
netsh ipsec static add filter filterlist="All IP Traffic" srcaddr=me dstaddr=any protocol=ANY mirrored=yes srcport=0 dstport=0
if errorlevel 1 (echo Step 3 of 13 failed: add filter to "All IP Traffic" 1>&2 & exit /b 1)
netsh ipsec static add filterlist name="All ICMP Traffic" description="Matches all ICMP packets between this computer and any other computer."
if errorlevel 1 (echo Step 4 of 13 failed: add filterlist "All ICMP Traffic" 1>&2 & exit /b 1)
netsh ipsec static add filter filterlist="All ICMP Traffic" srcaddr=me dstaddr=any description="ICMP" protocol=ICMP mirrored=yes srcport=0 dstport=0
if errorlevel 1 (echo Step 5 of 13 failed: add filter to "All ICMP Traffic" 1>&2 & exit /b 1)

rem Filter actions.
netsh ipsec static add filteraction name="Permit" description="Permit unsecured IP packets to pass through." qmpfs=no inpass=no soft=no action=permit
if errorlevel 1 (echo Step 6 of 13 failed: add filteraction "Permit" 1>&2 & exit /b 1)
netsh ipsec static add filteraction name="Request Security (Optional)" description="Accepts unsecured communication, but requests clients to establish trust and security methods.  Will communicate insecurely to untrusted clients if they do not respond to request." qmpfs=no inpass=yes soft=yes action=negotiate qmsecmethods="ESP[3DES,SHA1]:100000k/900s ESP[DES,SHA1]:100000k/900s AH[SHA1]:100000k/300s AH[MD5]:100000k/300s"
if errorlevel 1 (echo Step 7 of 13 failed: add filteraction "Request Security (Optional)" 1>&2 & exit /b 1)
netsh ipsec static add filteraction name="Require Security" description="Accepts unsecured communication, but always requires clients to establish trust and security methods.  Will NOT communicate with untrusted clients." qmpfs=no inpass=yes soft=no action=negotiate qmsecmethods="ESP[3DES,SHA1]:100000k/900s ESP[3DES,MD5]:100000k/900s ESP[DES,SHA1]:100000k/900s ESP[DES,MD5]:100000k/900s"
if errorlevel 1 (echo Step 8 of 13 failed: add filteraction "Require Security" 1>&2 & exit /b 1)

rem Policy, its rules and its default response rule.
netsh ipsec static add policy name="Server (Request Security)" description="For all IP traffic, always request security using Kerberos trust. Allow unsecured communication with clients that do not respond to request." mmpfs=no qmpermm=0 mmlifetime=480 activatedefaultrule=yes pollinginterval=180 assign=no mmsecmethods="3DES-SHA1-2 3DES-MD5-2 DES-SHA1-1 DES-MD5-1"
if errorlevel 1 (echo Step 9 of 13 failed: add policy "Server (Request Security)" 1>&2 & exit /b 1)
netsh ipsec static add rule name="Request Security (Optional) Rule" policy="Server (Request Security)" filterlist="All IP Traffic" filteraction="Request Security (Optional)" conntype=all activate=yes description="For all IP traffic, always request security using Kerberos trust. Allow unsecured communication with clients that do not respond to request." kerberos=yes
if errorlevel 1 (echo Step 10 of 13 failed: add rule "Request Security (Optional) Rule" 1>&2 & exit /b 1)
netsh ipsec static add rule name="Permit unsecure ICMP packets to pass through." policy="Server (Request Security)" filterlist="All ICMP Traffic" filteraction="Permit" conntype=all activate=yes description="Permit unsecure ICMP packets to pass through." kerberos=yes
if errorlevel 1 (echo Step 11 of 13 failed: add rule "Permit unsecure ICMP packets to pass through." 1>&2 & exit /b 1)
netsh ipsec static set defaultrule policy="Server (Request Security)" qmpfs=no activate=yes qmsecmethods="ESP[3DES,SHA1] ESP[3DES,MD5] ESP[DES,SHA1] ESP[DES,MD5] AH[SHA1] AH[MD5]" kerberos=yes
if errorlevel 1 (echo Step 12 of 13 failed: set defaultrule of "Server (Request Security)" 1>&2 & exit /b 1)

rem Assign the policy (only one policy of the local store is assigned).
netsh ipsec static set policy name="Server (Request Security)" assign=yes
if errorlevel 1 (echo Step 13 of 13 failed: assign "Server (Request Security)" 1>&2 & exit /b 1)

echo All 13 steps succeeded.
endlocal
exit /b 0
