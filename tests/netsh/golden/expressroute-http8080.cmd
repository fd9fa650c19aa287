@echo off
rem netsh ipsec static script written by IPsec Policy Designer.
rem It creates 1 filter list(s), 1 filter action(s) and 1 policy(ies) with 1 rule(s): "policy-azure-onpremises".
rem Store: the IPsec policy store in Active Directory of the domain "ipsectest.com".
rem It first deletes the policies, filter actions and filter lists of the same names.
rem Run it from an elevated command prompt; it stops at the first failing command and says which one.
setlocal EnableExtensions DisableDelayedExpansion
rem Choose the policy store.
netsh ipsec static set store location=domain domain="ipsectest.com"
if errorlevel 1 (echo Step 1 of 8 failed: set store 1>&2 & exit /b 1)

rem Delete the objects of the same names first, so the script can run again.
netsh ipsec static delete policy name="policy-azure-onpremises" >nul 2>&1
netsh ipsec static delete filteraction name="myEncryption" >nul 2>&1
netsh ipsec static delete filterlist name="azure-onpremises-HTTP8080" >nul 2>&1

rem Filter lists and their filters.
netsh ipsec static add filterlist name="azure-onpremises-HTTP8080" description="HTTP on port 8080 between the Azure subnet 10.0.1.0/24 and the on-premises subnet 10.2.27.0/25, both directions."
if errorlevel 1 (echo Step 2 of 8 failed: add filterlist "azure-onpremises-HTTP8080" 1>&2 & exit /b 1)
netsh ipsec static add filter filterlist="azure-onpremises-HTTP8080" srcaddr=10.0.1.0 srcmask=255.255.255.0 dstaddr=10.2.27.0 dstmask=255.255.255.128 description="Azure subnet to on-premises subnet, TCP 8080" protocol=TCP mirrored=yes srcport=0 dstport=8080
if errorlevel 1 (echo Step 3 of 8 failed: add filter to "azure-onpremises-HTTP8080" 1>&2 & exit /b 1)
netsh ipsec static add filter filterlist="azure-onpremises-HTTP8080" srcaddr=10.2.27.0 srcmask=255.255.255.128 dstaddr=10.0.1.0 dstmask=255.255.255.0 description="On-premises subnet to Azure subnet, TCP 8080" protocol=TCP mirrored=yes srcport=0 dstport=8080
if errorlevel 1 (echo Step 4 of 8 failed: add filter to "azure-onpremises-HTTP8080" 1>&2 & exit /b 1)

rem Filter actions.
netsh ipsec static add filteraction name="myEncryption" description="Require ESP encryption (3DES, SHA1); no unsecured communication." qmpfs=no inpass=no soft=no action=negotiate qmsecmethods="ESP[3DES,SHA1]"
if errorlevel 1 (echo Step 5 of 8 failed: add filteraction "myEncryption" 1>&2 & exit /b 1)

rem Policy, its rules and its default response rule.
netsh ipsec static add policy name="policy-azure-onpremises" description="IPsec transport mode for HTTP 8080 between Azure VMs and on-premises hosts over ExpressRoute private peering." mmpfs=no qmpermm=0 mmlifetime=480 activatedefaultrule=no pollinginterval=180 assign=no mmsecmethods="3DES-SHA1-2 3DES-MD5-2 DES-SHA1-1 DES-MD5-1"
if errorlevel 1 (echo Step 6 of 8 failed: add policy "policy-azure-onpremises" 1>&2 & exit /b 1)
netsh ipsec static add rule name="azure-onpremises-HTTP8080" policy="policy-azure-onpremises" filterlist="azure-onpremises-HTTP8080" filteraction="myEncryption" conntype=all activate=yes description="Encrypt HTTP on port 8080 over ExpressRoute private peering." kerberos=yes
if errorlevel 1 (echo Step 7 of 8 failed: add rule "azure-onpremises-HTTP8080" 1>&2 & exit /b 1)
netsh ipsec static set defaultrule policy="policy-azure-onpremises" qmpfs=no activate=no qmsecmethods="ESP[3DES,SHA1] ESP[3DES,MD5] ESP[DES,SHA1] ESP[DES,MD5] AH[SHA1] AH[MD5]" kerberos=yes
if errorlevel 1 (echo Step 8 of 8 failed: set defaultrule of "policy-azure-onpremises" 1>&2 & exit /b 1)

echo All 8 steps succeeded.
endlocal
exit /b 0
