<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentLifecycle</name>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="75"/>
        <source>%1: the agent is installed but does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="87"/>
        <source>no agent token for %1:%2 is recorded on this workstation; install the agent from here to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="117"/>
        <source>the history was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyTrust</name>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="30"/>
        <source>%1 presents %2, not the %3 that was checked; nothing was recorded. Compare the node&apos;s key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="35"/>
        <source>%1 presents %2, which was not confirmed; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="42"/>
        <source>%1: %2 is now trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="43"/>
        <source>%1: its key %2 was already trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="54"/>
        <source>cannot rewrite %1: check that the file and its folder are writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/HostKeyTrust.cpp" line="59"/>
        <source>%1: %n key(s) removed from %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageBuild</name>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="17"/>
        <source>%1 is not a folder: name an image definition (Dockerfile and image.json) or a folder of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="19"/>
        <source>(no folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="28"/>
        <source>%1 holds no image definition: each needs a folder with a Dockerfile and image.json (see images/README.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="63"/>
        <source>no definitions were built in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="67"/>
        <source>The build was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageLister</name>
    <message>
        <location filename="../core/actions/ImageLister.cpp" line="36"/>
        <source>Docker %1 (API %2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeScan</name>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="19"/>
        <source>Nothing to scan: name a network such as 192.0.2.0/24, a host, or a source (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="36"/>
        <source>The scan was stopped while its targets were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="40"/>
        <source>The targets name no address to scan. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="101"/>
        <source>cannot record the scan in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="114"/>
        <source>the scan ran but could not be recorded in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="121"/>
        <source>Stopped after %1 of %2 addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushPreflight</name>
    <message numerus="yes">
        <location filename="../core/actions/PushPreflight.cpp" line="33"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/PushPreflight.cpp" line="49"/>
        <source>%1 needs a GPU, but the agent on %2 reports none.</source>
        <translation>
            <numerusform>%1 braucht eine GPU, aber der Agent auf %2 meldet keine.</numerusform>
            <numerusform>%1 braucht eine GPU, aber die Agenten auf %2 melden keine.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/actions/PushPreflight.cpp" line="54"/>
        <source>Its containers will not find a GPU there: push to nodes with a GPU, or install the GPU and its driver on those nodes first.</source>
        <translation>Seine Container finden dort keine GPU: auf Knoten mit GPU übertragen oder zuerst GPU und Treiber auf diesen Knoten installieren.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/history/CsvWriter.cpp" line="14"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/CsvWriter.cpp" line="47"/>
        <source>Cannot finish %1: %2. Check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Remedy</name>
    <message>
        <location filename="../core/util/Remedy.cpp" line="9"/>
        <source>trust its key (Trust… in Fleet Commander, or `fleetctl trust %1`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/Remedy.cpp" line="14"/>
        <source>forget the old key with `fleetctl trust %1 --forget`, then trust the new one (Trust… in Fleet Commander, or `fleetctl trust %1`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/Remedy.cpp" line="21"/>
        <source>install the agent again (Install agent in Fleet Commander, or `fleetctl agent install %1`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/Remedy.cpp" line="27"/>
        <source>remove the agent (`fleetctl agent remove %1`), then install it again (Install agent in Fleet Commander, or `fleetctl agent install %1`)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::BuildDialog</name>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="30"/>
        <source>Build image</source>
        <translation>Image bauen</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="35"/>
        <source>Definition folder</source>
        <translation>Definitionsordner</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="36"/>
        <source>A folder with a Dockerfile and image.json, or a folder of such folders (each is built in turn).</source>
        <translation>Ein Ordner mit Dockerfile und image.json oder ein Ordner solcher Ordner (jeder wird nacheinander gebaut).</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="38"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="39"/>
        <source>Choose the definition folder</source>
        <translation>Definitionsordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="53"/>
        <location filename="../ui/library/BuildDialog.cpp" line="174"/>
        <source>Build arguments</source>
        <translation>Build-Argumente</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="53"/>
        <source>One KEY=VALUE per line, as docker build --build-arg. Not remembered: they may hold secrets.</source>
        <translation>Ein SCHLÜSSEL=WERT pro Zeile, wie docker build --build-arg. Nicht gespeichert: sie können Geheimnisse enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="56"/>
        <location filename="../ui/library/BuildDialog.cpp" line="160"/>
        <location filename="../ui/library/BuildDialog.cpp" line="175"/>
        <source>Context files</source>
        <translation>Kontextdateien</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="56"/>
        <source>One NAME=PATH per line: a file of this computer added to the build context under NAME.</source>
        <translation>Ein NAME=PFAD pro Zeile: eine Datei dieses Rechners, die unter NAME in den Build-Kontext kommt.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="62"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="63"/>
        <source>Build &amp;arguments:</source>
        <translation>Build-&amp;Argumente:</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="64"/>
        <source>Conte&amp;xt files:</source>
        <translation>Konte&amp;xtdateien:</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="69"/>
        <source>Build progress</source>
        <translation>Build-Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="72"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="77"/>
        <source>Build log</source>
        <translation>Build-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="85"/>
        <source>&amp;Build</source>
        <translation>&amp;Bauen</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="87"/>
        <source>&amp;Cancel build</source>
        <translation>Build ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="159"/>
        <source>%1, line %2: &quot;%3&quot; is not NAME=VALUE. Write one pair per line, e.g. %4.</source>
        <translation>%1, Zeile %2: „%3“ ist kein NAME=WERT. Ein Paar pro Zeile schreiben, z. B. %4.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="182"/>
        <source>Image definition folder</source>
        <translation>Ordner der Image-Definition</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="210"/>
        <source>Building every definition in %1</source>
        <translation>Alle Definitionen in %1 werden gebaut</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="212"/>
        <location filename="../ui/library/BuildDialog.cpp" line="233"/>
        <source>Sending the context…</source>
        <translation>Kontext wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="213"/>
        <source>Building in the local Docker Engine…</source>
        <translation>Bau in der lokalen Docker Engine…</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="225"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="231"/>
        <source>Definition %1 of %2: %3</source>
        <translation>Definition %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="240"/>
        <source>Step %1/%2</source>
        <translation>Schritt %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="260"/>
        <source>Built %1.</source>
        <translation>%1 gebaut.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="263"/>
        <source>Built, but not recorded in the catalog %1: %2. The library shows the image&apos;s labels instead.</source>
        <translation>Gebaut, aber nicht im Katalog %1 vermerkt: %2. Die Bibliothek zeigt stattdessen die Labels des Images.</translation>
    </message>
</context>
<context>
    <name>fleet::BuildLauncher</name>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="22"/>
        <source>Image built</source>
        <translation>Image gebaut</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="23"/>
        <source>%1 is in the library: drag it onto a node to push it.</source>
        <translation>%1 ist in der Bibliothek: auf einen Knoten ziehen, um es zu übertragen.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="32"/>
        <source>Build of %1 failed</source>
        <translation>Bau von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="42"/>
        <source>Building is not available</source>
        <translation>Bauen ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="43"/>
        <source>This window is not connected to a Docker Engine (a test or screenshot build). Start fleet-commander normally, or use `fleetctl build DIR`.</source>
        <translation>Dieses Fenster ist mit keiner Docker Engine verbunden (Test- oder Screenshot-Modus). fleet-commander normal starten oder `fleetctl build DIR` verwenden.</translation>
    </message>
</context>
<context>
    <name>fleet::DesktopSession</name>
    <message>
        <location filename="../ui/shell/DesktopSession.cpp" line="68"/>
        <source>Agent installed on %1</source>
        <translation>Agent auf %1 installiert</translation>
    </message>
    <message>
        <location filename="../ui/shell/DesktopSession.cpp" line="73"/>
        <source>Cannot install the agent on %1</source>
        <translation>Agent kann auf %1 nicht installiert werden</translation>
    </message>
</context>
<context>
    <name>fleet::DiscoveryDialog</name>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="31"/>
        <source>Scan for nodes</source>
        <translation>Nach Knoten suchen</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="35"/>
        <source>One per line: 192.168.1.0/24, 10.0.0.5-40, host, user@host:2222</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="36"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="37"/>
        <source>Networks (CIDR), address ranges and hosts to probe for SSH and the Fleet Agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="39"/>
        <source>Hosts from ~/.ssh/&amp;config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="40"/>
        <source>Hosts from ~/.ssh/&amp;known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="41"/>
        <source>Neighbours from the &amp;ARP table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="42"/>
        <source>&amp;Inventory file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="44"/>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="106"/>
        <source>Inventory file</source>
        <translation>Inventardatei</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="45"/>
        <source>An Ansible-style inventory (INI or YAML) listing hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="48"/>
        <source>Choose the inventory file</source>
        <translation>Inventardatei wählen</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="49"/>
        <source>Choose inventory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="53"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="54"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="55"/>
        <source>How long to wait for each address to answer. Raise it for slow or distant networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="57"/>
        <source>Scan progress</source>
        <translation>Suchfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="66"/>
        <source>&amp;Scan</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="68"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="69"/>
        <source>Stop the scan; nodes found so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="77"/>
        <source>&amp;Targets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="82"/>
        <source>Time&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="214"/>
        <source>Nothing to scan: type a network such as 192.168.1.0/24, or tick a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="221"/>
        <source>Reading targets…</source>
        <translation>Ziele werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="295"/>
        <source>Scan stopped.</source>
        <translation>Suche angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="251"/>
        <source>Probing %1 addresses…</source>
        <translation>%1 Adressen werden geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="263"/>
        <source>Probed %1 of %2 addresses, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="303"/>
        <source>Stopped after %1 of %2 addresses; found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="304"/>
        <source>Probed %1 of %2 addresses in %4 s; found %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::DiscoveryLauncher</name>
    <message>
        <location filename="../ui/discovery/DiscoveryLauncher.cpp" line="34"/>
        <source>Scan failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::FleetCountsLabel</name>
    <message>
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="17"/>
        <source>Fleet counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="37"/>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="42"/>
        <source>%n jobs running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="44"/>
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::Format</name>
    <message>
        <location filename="../core/util/Format.cpp" line="35"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/Format.cpp" line="37"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/Format.cpp" line="40"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::HistoryJobsModel</name>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="74"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="76"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="78"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="80"/>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="82"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="84"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="86"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="88"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="90"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>fleet::HistoryScansModel</name>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="59"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="72"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="74"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="76"/>
        <source>Probed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="78"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="88"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="90"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>fleet::HistoryStagesModel</name>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="39"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="59"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="61"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="63"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="65"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="67"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="69"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="71"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>fleet::HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="52"/>
        <source>Search by image or node (starts with)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="54"/>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="55"/>
        <source>Jobs whose image or node starts with this text; scans whose targets contain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="57"/>
        <source>Job state filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="58"/>
        <source>Show only jobs in one state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="59"/>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="64"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="65"/>
        <source>Read the history again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="66"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="67"/>
        <source>Write the jobs the filter selects to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="69"/>
        <source>Job history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="72"/>
        <source>Scan history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="73"/>
        <source>Stages of the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="74"/>
        <location filename="../ui/history/HistoryView.cpp" line="174"/>
        <source>Select a job to see its stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="80"/>
        <source>Job log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="96"/>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="97"/>
        <source>S&amp;cans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="133"/>
        <source>%1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="205"/>
        <source>Job %1: %2 to %3, %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="227"/>
        <source>Export job history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="228"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="237"/>
        <source>No history database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::HostKeyActions</name>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="85"/>
        <source>Unknown host key: %1</source>
        <translation>Unbekannter Host-Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="70"/>
        <source>Old host key of %1 forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="71"/>
        <source>Cannot forget the host key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="73"/>
        <source>Push again: the new key is shown for you to compare and trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="88"/>
        <source>%1 presents %2, which is not in known_hosts, so the push was refused. Compare it with the node&apos;s key, then trust it from a Fleet Commander window that can push, or with: fleetctl trust %3 --expect %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="96"/>
        <source>%1 presents %2, which is not in known_hosts, so the push was refused. Press Trust… to compare it with the node&apos;s key and record it; the push is then retried.</source>
        <translation>%1 zeigt %2, der nicht in known_hosts steht; die Übertragung wurde deshalb abgelehnt. „Vertrauen…“ drücken, um ihn mit dem Schlüssel des Knotens zu vergleichen und zu speichern; danach wird die Übertragung wiederholt.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="99"/>
        <source>Trust…</source>
        <translation>Vertrauen…</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="134"/>
        <source>Host key of %1 recorded</source>
        <translation>Host-Schlüssel von %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="135"/>
        <source>The push is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="141"/>
        <source>Cannot trust the host key of %1</source>
        <translation>Dem Host-Schlüssel von %1 kann nicht vertraut werden</translation>
    </message>
</context>
<context>
    <name>fleet::HostKeyDialog</name>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="20"/>
        <source>New host key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="20"/>
        <source>Host key changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="35"/>
        <source>SHA256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="41"/>
        <source>&amp;Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="42"/>
        <source>Record the key in known_hosts; later connections are checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="44"/>
        <source>&amp;Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="47"/>
        <source>&amp;Forget old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="48"/>
        <source>Remove this node&apos;s recorded key from known_hosts. The next connection shows the new key for you to compare and trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="84"/>
        <source>This is the first connection to %1. Its SSH host key is not in known_hosts yet. Compare the fingerprint below with the one on the node&apos;s console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="88"/>
        <source>The SSH host key of %1 is different from the one recorded in known_hosts. Someone may be intercepting the connection, so Fleet Commander refuses to connect. If the node was reinstalled, check the new key on its console, then press Forget old key (or run: fleetctl trust %2 --forget) and connect again to trust the new key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::ImageLibraryLoader</name>
    <message>
        <location filename="../ui/library/ImageLibraryLoader.cpp" line="37"/>
        <source>Reading the local Docker engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryLoader.cpp" line="46"/>
        <source>The engine has no images yet. Build or pull one, then press F5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::ImageLibraryModel</name>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="51"/>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="109"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="63"/>
        <source>untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="64"/>
        <source>ID %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="66"/>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="68"/>
        <source>Needs a GPU on the node.</source>
        <translation>Braucht eine GPU auf dem Knoten.</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="71"/>
        <source>Drag onto a node to push it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="75"/>
        <source>Image %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="77"/>
        <source>, category %1</source>
        <translation>, Kategorie %1</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="79"/>
        <source>, needs a GPU</source>
        <translation>, braucht eine GPU</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="105"/>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="107"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="111"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="113"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>fleet::JobAlerts</name>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="32"/>
        <source>Push to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="34"/>
        <source>%1 could not be pushed; see History for the stage that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="40"/>
        <source>Push refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::JobRunner</name>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="45"/>
        <source>No node was given: name at least one node to push to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="48"/>
        <source>No archive was given: name a docker-save archive file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="50"/>
        <source>An archive push names its images in the archive; drop the image name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="54"/>
        <source>%1: no such file. Name an existing docker-save archive (docker save -o FILE IMAGE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="57"/>
        <source>%1 is not a readable file: name a docker-save archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="60"/>
        <source>No image was given: name an image of the local engine or a docker-save archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="62"/>
        <source>An image push has no archive file; &quot;%1&quot; would be ignored. Push the archive as an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="72"/>
        <source>request id &quot;%1&quot; is not 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="76"/>
        <source>&quot;%1&quot; is not a valid node (expected host, host:port or user@host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="80"/>
        <source>&quot;%1&quot; is not a valid container name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="83"/>
        <source>restart policy &quot;%1&quot; is not one of no, always, unless-stopped, on-failure[:N].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="88"/>
        <source>port mapping &quot;%1&quot; is not HOST:CONTAINER[/PROTO].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="93"/>
        <source>environment entry &quot;%1&quot; is not KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="224"/>
        <source>%1: cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::JobsModel</name>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="36"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="39"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="44"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="46"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="48"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="50"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="86"/>
        <source>%1 to %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="116"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="118"/>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="120"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="122"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="124"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="126"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="128"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="130"/>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="132"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>fleet::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="35"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="36"/>
        <source>One row per node of a push. Delete cancels the selected jobs, Ctrl+Shift+R retries them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="51"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="51"/>
        <source>Cancel the selected jobs (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="52"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="52"/>
        <source>Run the selected failed or cancelled jobs again (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="54"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="54"/>
        <source>Remove finished jobs from this list (they stay in History)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="61"/>
        <source>&lt;b&gt;Jobs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::LibraryPanel</name>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="19"/>
        <source>&lt;b&gt;Images&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="23"/>
        <source>Reload the images of the local Docker engine (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="24"/>
        <source>Reload images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="37"/>
        <source>Image library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="38"/>
        <source>Drag images onto a node to push them there; select several to push them together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::MainActions</name>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="28"/>
        <source>&amp;Scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="28"/>
        <source>Discover nodes on networks and from SSH files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="30"/>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="30"/>
        <source>Push the selected images to the selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="32"/>
        <source>&amp;Install agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="33"/>
        <source>Install the Fleet Agent on the selected nodes over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="35"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="36"/>
        <source>Cancel the selected jobs, or all running jobs when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="38"/>
        <source>&amp;Reload images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="39"/>
        <source>Read the local Docker engine&apos;s images again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="40"/>
        <source>Only &amp;not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="41"/>
        <source>Show only nodes where SSH works but the agent is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="44"/>
        <source>&amp;Confirm drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="45"/>
        <source>Ask for transfer mode and run options before each push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="49"/>
        <source>&amp;Build image…</source>
        <translation>Image &amp;bauen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="52"/>
        <source>Build an image definition folder in the local Docker Engine</source>
        <translation>Einen Ordner mit Image-Definition in der lokalen Docker Engine bauen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="54"/>
        <source>&amp;Export history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="56"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="58"/>
        <source>&amp;Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="60"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="62"/>
        <source>&amp;Filter nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="72"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="77"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="82"/>
        <source>F&amp;leet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="83"/>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="84"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="86"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="41"/>
        <source>Fleet Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="83"/>
        <source>Cannot read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="88"/>
        <source>History exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="89"/>
        <source>%n jobs written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="91"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="125"/>
        <source>&amp;Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="126"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="139"/>
        <source>Docker engine: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="140"/>
        <source>Docker engine status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="76"/>
        <source>Cannot read the last known fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="269"/>
        <source>Docker engine not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="271"/>
        <source>Cannot list the local images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="290"/>
        <source>Agent installation is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="291"/>
        <source>This build cannot install the Fleet Agent from the window yet. Use `fleetctl agent install NODE` in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::NodeListModel</name>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="36"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="38"/>
        <source>. SSH works but the Fleet Agent is not installed: select the node and use Install agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="74"/>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="82"/>
        <source>OS not known yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::NodeTileDelegate</name>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="121"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="122"/>
        <source>MEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="123"/>
        <source>DISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="189"/>
        <source>Push to this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="189"/>
        <source>Push to %n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::NodeTileView</name>
    <message>
        <location filename="../ui/fleet/NodeTileView.cpp" line="30"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileView.cpp" line="31"/>
        <source>Drag images from the library onto a node to push them; a drop on a selected node pushes to the whole selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::NodesPanel</name>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="26"/>
        <source>Filter nodes by name, address, OS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="28"/>
        <source>Node filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="29"/>
        <source>Show only nodes whose name, address, OS, architecture or state contains this text (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="33"/>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="34"/>
        <source>Show only nodes in one state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="35"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="40"/>
        <source>Not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="42"/>
        <source>Show only nodes without the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="43"/>
        <source>One click: show only nodes that answer SSH but have no Fleet Agent (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="47"/>
        <source>Sort nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="48"/>
        <source>Order of the tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="49"/>
        <source>Sort by address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="50"/>
        <source>Sort by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="51"/>
        <source>Sort by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="52"/>
        <source>Sort by last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="127"/>
        <source>No nodes yet. Scan the network (Ctrl+Shift+S) to discover your fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodesPanel.cpp" line="128"/>
        <source>No node matches the filter. Clear the filter to see all %n nodes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::NotificationArea</name>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="26"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="74"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="75"/>
        <source>Dismiss notification: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::PushConfirmPopover</name>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="25"/>
        <source>Confirm push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="35"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="45"/>
        <source>Stream (straight into docker load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="46"/>
        <source>Copy first (scp, checked, resumable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="47"/>
        <source>Transfer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="48"/>
        <source>Stream is fastest. Copy first writes a temporary file on the node, checks its SHA-256 and resumes after a broken connection; use it for big images over slow links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="51"/>
        <source>&amp;Run after load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="52"/>
        <source>Start a container from the image (docker run -d) once it is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="53"/>
        <source>&amp;Don&apos;t ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="54"/>
        <source>Push at once on the next drops with these choices. Turn asking back on with Settings → Confirm drops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="57"/>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="64"/>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="83"/>
        <source>%n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="84"/>
        <source>Push %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::PushController</name>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="39"/>
        <source>Nothing to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="40"/>
        <source>Select one or more images in the library and one or more nodes, then press Push (Ctrl+P), or drag the images onto a node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="53"/>
        <source>GPU image on a node without a GPU</source>
        <translation>GPU-Image auf einem Knoten ohne GPU</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="62"/>
        <source>Cannot push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="63"/>
        <source>This window is not connected to a job runner (a test or screenshot build). Start fleet-commander normally to push images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::TelemetryWorker</name>
    <message>
        <location filename="../core/agent/TelemetryWorker.cpp" line="32"/>
        <source>%1: no agent token is recorded on this workstation; use Install agent.</source>
        <translation>%1: auf diesem Arbeitsplatz ist kein Agent-Token gespeichert; „Agent installieren“ verwenden.</translation>
    </message>
</context>
</TS>
