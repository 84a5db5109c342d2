<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentLifecycle</name>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="76"/>
        <source>%1: the agent is installed but does not answer: %2</source>
        <translation>%1: Der Agent ist installiert, antwortet aber nicht: %2</translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="88"/>
        <source>no agent token for %1:%2 is recorded on this workstation; install the agent from here to record one.</source>
        <translation>Für %1:%2 ist auf diesem Arbeitsplatz kein Agent-Token gespeichert; installieren Sie den Agenten von hier aus, um eines zu speichern.</translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="114"/>
        <source>the agent is installed, but the node probe failed: %1</source>
        <translation>der Agent ist installiert, aber die Knotenprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="123"/>
        <source>the node probe was not recorded: %1</source>
        <translation>die Knotenprüfung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="136"/>
        <source>the history was not updated: %1</source>
        <translation>Der Verlauf wurde nicht aktualisiert: %1</translation>
    </message>
</context>
<context>
    <name>ContainerLogs</name>
    <message>
        <location filename="../core/actions/ContainerLogs.cpp" line="84"/>
        <source>the number of lines to show must be from 0 to %1, not %2</source>
        <translation>Die Anzahl der anzuzeigenden Zeilen muss zwischen 0 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <location filename="../core/actions/ContainerLogs.cpp" line="88"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/actions/ContainerLogs.cpp" line="173"/>
        <source>docker logs %1</source>
        <translation>docker logs %1</translation>
    </message>
</context>
<context>
    <name>HostKeyTrust</name>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="30"/>
        <source>%1 presents %2, not the %3 that was checked; nothing was recorded. Compare the node&apos;s key again.</source>
        <translation>%1 zeigt %2, nicht den geprüften %3; nichts wurde gespeichert. Vergleichen Sie den Schlüssel des Knotens erneut.</translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="35"/>
        <source>%1 presents %2, which was not confirmed; nothing was recorded.</source>
        <translation>%1 zeigt %2, der nicht bestätigt wurde; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="42"/>
        <source>%1: %2 is now trusted.</source>
        <translation>%1: %2 ist jetzt vertrauenswürdig.</translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="43"/>
        <source>%1: its key %2 was already trusted.</source>
        <translation>%1: Sein Schlüssel %2 war bereits vertrauenswürdig.</translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="54"/>
        <source>cannot rewrite %1: check that the file and its folder are writable.</source>
        <translation>%1 kann nicht neu geschrieben werden: Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/HostKeyTrust.cpp" line="59"/>
        <source>%1: %n key(s) removed from %2</source>
        <translation>
            <numerusform>%1: %n Schlüssel aus %2 entfernt</numerusform>
            <numerusform>%1: %n Schlüssel aus %2 entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageBuild</name>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="17"/>
        <source>%1 is not a folder: name an image definition (Dockerfile and image.json) or a folder of them.</source>
        <translation>%1 ist kein Ordner: Geben Sie eine Image-Definition (Dockerfile und image.json) oder einen Ordner solcher Definitionen an.</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="19"/>
        <source>(no folder)</source>
        <translation>(kein Ordner)</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="28"/>
        <source>%1 holds no image definition: each needs a folder with a Dockerfile and image.json (see images/README.md).</source>
        <translation>%1 enthält keine Image-Definition: Jede braucht einen Ordner mit Dockerfile und image.json (siehe images/README.md).</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="63"/>
        <source>no definitions were built in %1</source>
        <translation>In %1 wurden keine Definitionen gebaut</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="67"/>
        <source>The build was cancelled.</source>
        <translation>Der Bau wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ImageLister</name>
    <message>
        <location filename="../core/actions/ImageLister.cpp" line="36"/>
        <source>Docker %1 (API %2) at %3</source>
        <translation>Docker %1 (API %2) unter %3</translation>
    </message>
</context>
<context>
    <name>ImageSync</name>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="15"/>
        <source>%1: name the tag to sync (app:1.2.0)</source>
        <translation>%1: Nennen Sie das zu synchronisierende Tag (app:1.2.0)</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="20"/>
        <source>sync needs a group (--to GROUP) or nodes</source>
        <translation>sync braucht eine Gruppe (--to GROUP) oder Knoten</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/ImageSync.cpp" line="71"/>
        <source>%1 goes to %n node(s) that lack it: %2</source>
        <translation>
            <numerusform>%1 geht an %n Knoten, dem es fehlt: %2</numerusform>
            <numerusform>%1 geht an %n Knoten, denen es fehlt: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="74"/>
        <source>nothing to do: every node asked holds %1</source>
        <translation>Nichts zu tun: Jeder gefragte Knoten hat %1</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="77"/>
        <source> (not asked: %1)</source>
        <translation> (nicht gefragt: %1)</translation>
    </message>
</context>
<context>
    <name>NodeContainers</name>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="148"/>
        <source>&quot;%1&quot; is not a container name or ID: docker names are letters, digits and _ . - (starting with a letter or digit), IDs are hex. `fleetctl containers NODE --all` lists them.</source>
        <translation>„%1“ ist kein Containername und keine ID: Docker-Namen bestehen aus Buchstaben, Ziffern und _ . - (beginnend mit Buchstabe oder Ziffer), IDs sind hexadezimal. `fleetctl containers NODE --all` listet sie auf.</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="271"/>
        <source>%1: there is no container &quot;%2&quot; on the node. `fleetctl containers %1 --all` lists its containers (so does Containers and logs… on its tile).</source>
        <translation>%1: Auf dem Knoten gibt es keinen Container „%2“. `fleetctl containers %1 --all` listet seine Container (ebenso „Container und Protokolle…“ auf seiner Kachel).</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="274"/>
        <source>%1: container &quot;%2&quot; is running, so it was not removed. Stop it first, or remove it anyway with `fleetctl rm %1 %2 --force`.</source>
        <translation>%1: Container „%2“ läuft und wurde deshalb nicht entfernt. Halten Sie ihn zuerst an oder entfernen Sie ihn trotzdem mit `fleetctl rm %1 %2 --force`.</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="293"/>
        <source>listing the containers</source>
        <translation>Container werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="298"/>
        <source>%1: the node lists more containers than Fleet Commander reads (over %2 MiB of answers); remove stopped ones there (docker container prune).</source>
        <translation>%1: Der Knoten listet mehr Container, als Fleet Commander liest (über %2 MiB Antworten); entfernen Sie dort angehaltene (docker container prune).</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="335"/>
        <source>docker %1 %2</source>
        <translation>docker %1 %2</translation>
    </message>
</context>
<context>
    <name>NodeGroups</name>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="52"/>
        <source>&quot;%1&quot; is not a group name: use 1 to 63 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;, starting with a letter or digit (gpu, arch:aarch64, site-2)</source>
        <translation>„%1“ ist kein Gruppenname: Verwenden Sie 1 bis 63 Zeichen aus a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; und &apos;-&apos;, beginnend mit Buchstabe oder Ziffer (gpu, arch:aarch64, site-2)</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="96"/>
        <source>architecture %1 reported by the node</source>
        <translation>vom Knoten gemeldete Architektur %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="98"/>
        <source>a GPU reported by the agent</source>
        <translation>eine vom Agenten gemeldete GPU</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="99"/>
        <source>operating system reported by the node</source>
        <translation>vom Knoten gemeldetes Betriebssystem</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="130"/>
        <source>group %1 has no nodes: add some with `fleetctl group add %1 NODE...` (fleetctl groups lists the groups)</source>
        <translation>Gruppe %1 hat keine Knoten: Fügen Sie welche mit `fleetctl group add %1 NODE...` hinzu (fleetctl groups listet die Gruppen)</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="195"/>
        <source>%1: name the tag a group should hold (app:1.2.0)</source>
        <translation>%1: Nennen Sie das Tag, das eine Gruppe haben soll (app:1.2.0)</translation>
    </message>
</context>
<context>
    <name>NodeIdentities</name>
    <message>
        <location filename="../core/actions/NodeIdentities.cpp" line="29"/>
        <source>%1 is not a readable key file: choose the private key (e.g. ~/.ssh/id_ed25519).</source>
        <translation>%1 ist keine lesbare Schlüsseldatei: Wählen Sie den privaten Schlüssel (z. B. ~/.ssh/id_ed25519).</translation>
    </message>
</context>
<context>
    <name>NodeImageReader</name>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="110"/>
        <source>the agent refused the images request: %1</source>
        <translation>Der Agent hat die Image-Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="114"/>
        <source>the agent cannot ask docker: %1</source>
        <translation>Der Agent kann Docker nicht fragen: %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="130"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="132"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="149"/>
        <source>listing the images</source>
        <translation>Images werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="153"/>
        <source>%1: the node lists more images than Fleet Commander reads (over %2 MiB); clean it up first (fleetctl prune).</source>
        <translation>%1: Der Knoten listet mehr Images, als Fleet Commander liest (über %2 MiB); räumen Sie ihn zuerst auf (fleetctl prune).</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="170"/>
        <location filename="../core/actions/NodeImageReader.cpp" line="190"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="178"/>
        <source>no agent token is recorded on this workstation</source>
        <translation>Auf diesem Arbeitsplatz ist kein Agent-Token gespeichert</translation>
    </message>
</context>
<context>
    <name>NodeProbe</name>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="96"/>
        <source>%1: the node probe gave no answer (exit %2): %3. The node needs a POSIX sh.</source>
        <translation>%1: die Knotenprüfung hat nicht geantwortet (Exit %2): %3. Der Knoten braucht eine POSIX-sh.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="126"/>
        <source>the SSH user</source>
        <translation>der SSH-Benutzer</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="129"/>
        <source>%1: podman is installed but does not answer (%2). Check `podman info` there as %3, then retry.</source>
        <translation>%1: podman ist installiert, antwortet aber nicht (%2). Prüfen Sie dort `podman info` als %3 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="132"/>
        <source>%1: docker is not installed on the node (no docker or podman on %2&apos;s PATH). Install Docker (or podman) there, or connect as a user whose PATH has it, then retry.</source>
        <translation>%1: Docker ist auf dem Knoten nicht installiert (weder docker noch podman im PATH von %2). Installieren Sie dort Docker (oder podman) oder verbinden Sie sich als Benutzer, in dessen PATH es liegt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="138"/>
        <source>%1: the Docker daemon on the node is not running (%2). Start it there (systemctl start docker) and retry.</source>
        <translation>%1: Der Docker-Daemon auf dem Knoten läuft nicht (%2). Starten Sie ihn dort (systemctl start docker) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="142"/>
        <source>%1: %2 may not use docker there (%3)%4. Nothing was sent. Either add %2 to the group of the node&apos;s Docker socket (`sudo usermod -aG docker %2`, then log in again), or allow docker through sudo without a password (a sudoers line: `%2 ALL=(root) NOPASSWD: %5`), or connect as another user.</source>
        <translation>%1: %2 darf dort docker nicht benutzen (%3)%4. Es wurde nichts gesendet. Nehmen Sie %2 in die Gruppe des Docker-Sockets des Knotens auf (`sudo usermod -aG docker %2`, dann neu anmelden), erlauben Sie docker über sudo ohne Passwort (eine sudoers-Zeile: `%2 ALL=(root) NOPASSWD: %5`) oder verbinden Sie sich als anderer Benutzer.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="147"/>
        <source>; `sudo -n docker` was refused too (%1)</source>
        <translation>; auch `sudo -n docker` wurde abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="148"/>
        <source>; the node has no sudo</source>
        <translation>; der Knoten hat kein sudo</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="151"/>
        <source>%1: the node&apos;s %2 cannot be used (%3).</source>
        <translation>%1: %2 des Knotens kann nicht benutzt werden (%3).</translation>
    </message>
</context>
<context>
    <name>NodeProbing</name>
    <message>
        <location filename="../core/actions/NodeProbing.cpp" line="36"/>
        <source>%1: the node probe gave no answer</source>
        <translation>%1: die Knotenprüfung hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeProbing.cpp" line="50"/>
        <source>no node to probe</source>
        <translation>kein Knoten zu prüfen</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeProbing.cpp" line="62"/>
        <source>%1: not probed (cancelled)</source>
        <translation>%1: nicht geprüft (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>NodePrune</name>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="192"/>
        <source>&quot;%1&quot; is neither a configured store (fleetctl stores lists them) nor a STORE-URL: %2</source>
        <translation>„%1“ ist weder ein konfigurierter Speicher (fleetctl stores listet sie) noch eine STORE-URL: %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="277"/>
        <source>listing the images</source>
        <translation>Images werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="281"/>
        <source>%1: the node lists more images than fleetctl reads (over %2 MiB of answers); clean it up by hand first.</source>
        <translation>%1: Der Knoten listet mehr Images, als fleetctl liest (über %2 MiB Antworten); räumen Sie ihn zuerst von Hand auf.</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="291"/>
        <source>listing the containers</source>
        <translation>Container werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="342"/>
        <source>listing %1</source>
        <translation>%1 wird aufgelistet</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="346"/>
        <source>store %1: %2</source>
        <translation>Speicher %1: %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="362"/>
        <source>store %1 was left out: %2</source>
        <translation>Speicher %1 wurde ausgelassen: %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="380"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="384"/>
        <source>asking %1</source>
        <translation>%1 wird gefragt</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="419"/>
        <source>%1: cancelled before removing</source>
        <translation>%1: vor dem Entfernen abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="423"/>
        <source>connecting to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="449"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="453"/>
        <source>a container uses it now (%1); kept</source>
        <translation>ein Container verwendet es jetzt (%1); behalten</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="455"/>
        <source>it is tagged now (%1); kept</source>
        <translation>es ist jetzt getaggt (%1); behalten</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="457"/>
        <location filename="../core/actions/NodePrune.cpp" line="467"/>
        <source>removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/NodePrune.cpp" line="483"/>
        <source>%1: %n image(s) could not be removed</source>
        <translation>
            <numerusform>%1: %n Image konnte nicht entfernt werden</numerusform>
            <numerusform>%1: %n Images konnten nicht entfernt werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeScan</name>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="19"/>
        <source>Nothing to scan: name a network such as 192.0.2.0/24, a host, or a source (%1).</source>
        <translation>Nichts zu suchen: Nennen Sie ein Netz wie 192.0.2.0/24, einen Host oder eine Quelle (%1).</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="36"/>
        <source>The scan was stopped while its targets were read.</source>
        <translation>Die Suche wurde angehalten, während ihre Ziele gelesen wurden.</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="40"/>
        <source>The targets name no address to scan. %1</source>
        <translation>Die Ziele nennen keine zu prüfende Adresse. %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="101"/>
        <source>cannot record the scan in %1: %2</source>
        <translation>Die Suche kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="114"/>
        <source>the scan ran but could not be recorded in %1: %2</source>
        <translation>Die Suche lief, konnte aber nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="121"/>
        <source>Stopped after %1 of %2 addresses.</source>
        <translation>Nach %1 von %2 Adressen angehalten.</translation>
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
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <location filename="../core/history/CsvWriter.cpp" line="47"/>
        <source>Cannot finish %1: %2. Check the free space and try again.</source>
        <translation>%1 kann nicht abgeschlossen werden: %2. Prüfen Sie den freien Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/shell/InventoryWiring.cpp" line="13"/>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventar</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="33"/>
        <source>SSH &amp;identity…</source>
        <translation>SSH-&amp;Identität…</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="35"/>
        <source>The private key this node is reached with: its own, or its group&apos;s</source>
        <translation>Der private Schlüssel, mit dem dieser Knoten erreicht wird: sein eigener oder der seiner Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="49"/>
        <source>ssh&apos;s defaults (agent, ~/.ssh/id_*)</source>
        <translation>Vorgaben von ssh (Agent, ~/.ssh/id_*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="55"/>
        <source>&amp;Groups…</source>
        <translation>&amp;Gruppen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="57"/>
        <source>Put the selected nodes into groups (targets of push, prune, sync, inventory)</source>
        <translation>Die ausgewählten Knoten in Gruppen einordnen (Ziele von push, prune, sync, inventory)</translation>
    </message>
</context>
<context>
    <name>Remedy</name>
    <message>
        <location filename="../core/util/Remedy.cpp" line="9"/>
        <source>trust its key (Trust… in Fleet Commander, or `fleetctl trust %1`)</source>
        <translation>Vertrauen Sie seinem Schlüssel („Vertrauen…“ in Fleet Commander oder `fleetctl trust %1`)</translation>
    </message>
    <message>
        <location filename="../core/util/Remedy.cpp" line="14"/>
        <source>forget the old key with `fleetctl trust %1 --forget`, then trust the new one (Trust… in Fleet Commander, or `fleetctl trust %1`)</source>
        <translation>Vergessen Sie den alten Schlüssel mit `fleetctl trust %1 --forget` und vertrauen Sie dann dem neuen („Vertrauen…“ in Fleet Commander oder `fleetctl trust %1`)</translation>
    </message>
    <message>
        <location filename="../core/util/Remedy.cpp" line="21"/>
        <source>install the agent again (Install agent in Fleet Commander, or `fleetctl agent install %1`)</source>
        <translation>Installieren Sie den Agenten erneut („Agent installieren“ in Fleet Commander oder `fleetctl agent install %1`)</translation>
    </message>
    <message>
        <location filename="../core/util/Remedy.cpp" line="27"/>
        <source>remove the agent (`fleetctl agent remove %1`), then install it again (Install agent in Fleet Commander, or `fleetctl agent install %1`)</source>
        <translation>Entfernen Sie den Agenten (`fleetctl agent remove %1`) und installieren Sie ihn dann erneut („Agent installieren“ in Fleet Commander oder `fleetctl agent install %1`)</translation>
    </message>
</context>
<context>
    <name>SifCache</name>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="75"/>
        <source>not hashed on the node (unreadable, or past the listing&apos;s bound)</source>
        <translation>auf dem Knoten nicht gehasht (unlesbar oder jenseits der Listengrenze)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="83"/>
        <source>differs from the registry&apos;s %1/%2 (sha256 %3 there)</source>
        <translation>weicht von %1/%2 der Registry ab (dort sha256 %3)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="87"/>
        <source>not in the registry</source>
        <translation>nicht in der Registry</translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="119"/>
        <source>listing the cache %1</source>
        <translation>Cache %1 wird aufgelistet</translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="136"/>
        <source>removing stale images</source>
        <translation>veraltete Images werden entfernt</translation>
    </message>
</context>
<context>
    <name>SifGpg</name>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="72"/>
        <source>GnuPG is not usable (%1): install Debian&apos;s gnupg</source>
        <translation>GnuPG ist nicht verwendbar (%1): Installieren Sie Debians gnupg</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="76"/>
        <source>cannot make a temporary GnuPG home: %1</source>
        <translation>Es kann kein temporäres GnuPG-Home angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="80"/>
        <location filename="../core/sif/SifGpg.cpp" line="112"/>
        <source>GPGME: %1</source>
        <translation>GPGME: %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="87"/>
        <source>GPGME: cannot use the home %1: %2</source>
        <translation>GPGME: Das Home %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="102"/>
        <location filename="../core/sif/SifGpg.cpp" line="116"/>
        <source>keyring %1: %2</source>
        <translation>Schlüsselbund %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="106"/>
        <source>keyring %1 is %2 bytes, more than a key file holds (16 MiB)</source>
        <translation>Schlüsselbund %1 ist %2 Bytes groß, mehr als eine Schlüsseldatei enthält (16 MiB)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="123"/>
        <source>keyring %1 holds no OpenPGP public key (export one with `gpg --export --armor KEY &gt; FILE`)</source>
        <translation>Schlüsselbund %1 enthält keinen öffentlichen OpenPGP-Schlüssel (exportieren Sie einen mit `gpg --export --armor KEY &gt; FILE`)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="143"/>
        <source>GPGME: out of memory</source>
        <translation>GPGME: Speicher erschöpft</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="148"/>
        <source>not an OpenPGP clear signature (%1)</source>
        <translation>keine OpenPGP-Klartextsignatur (%1)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="156"/>
        <source>the signature object holds no OpenPGP signature</source>
        <translation>Das Signaturobjekt enthält keine OpenPGP-Signatur</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="164"/>
        <source>signed by an unknown key %1</source>
        <translation>von einem unbekannten Schlüssel %1 signiert</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="168"/>
        <source>bad signature: the signed text does not match the signature (key %1)</source>
        <translation>Ungültige Signatur: Der signierte Text passt nicht zur Signatur (Schlüssel %1)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="172"/>
        <source>signature by key %1 not valid: %2</source>
        <translation>Signatur von Schlüssel %1 ungültig: %2</translation>
    </message>
</context>
<context>
    <name>SifRegistry</name>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="95"/>
        <source>&quot;%1&quot; is not a partition name (1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; not starting with &apos;.&apos; or &apos;-&apos;)</source>
        <translation>„%1“ ist kein Partitionsname (1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; nicht mit &apos;.&apos; oder &apos;-&apos; beginnend)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="106"/>
        <source>&quot;%1&quot; is not a usable image file name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;, ending in .sif, not starting with &apos;.&apos; or &apos;-&apos;): rename the file</source>
        <translation>„%1“ ist kein verwendbarer Image-Dateiname (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;, endet auf .sif, beginnt nicht mit &apos;.&apos; oder &apos;-&apos;): Benennen Sie die Datei um</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="152"/>
        <source>%1: no such registry folder. Choose the folder that holds images/&lt;partition&gt;/*.sif (fleetctl sif … --registry DIR, or Choose registry folder… in the library&apos;s Apptainer tab).</source>
        <translation>%1: kein solcher Registry-Ordner. Wählen Sie den Ordner, der images/&lt;partition&gt;/*.sif enthält (fleetctl sif … --registry DIR oder „Registry-Ordner wählen…“ im Apptainer-Tab der Bibliothek).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="200"/>
        <source>reading it failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="234"/>
        <source>&quot;%1&quot; is not a partition of this registry (%2). Configure it in Settings (sif/partitions) or pick one of those.</source>
        <translation>„%1“ ist keine Partition dieser Registry (%2). Konfigurieren Sie sie in den Einstellungen (sif/partitions) oder wählen Sie eine davon.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="246"/>
        <source>%1: the registry metadata cannot be written (%2); every file is hashed on each scan. Make the folder writable for this user.</source>
        <translation>%1: Die Registry-Metadaten können nicht geschrieben werden (%2); jede Datei wird bei jeder Suche gehasht. Machen Sie den Ordner für diesen Benutzer beschreibbar.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="248"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="265"/>
        <location filename="../core/sif/SifRegistry.cpp" line="271"/>
        <source>the scan was cancelled</source>
        <translation>Die Suche wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="286"/>
        <source>the file is gone from %1</source>
        <translation>Die Datei ist aus %1 verschwunden</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="309"/>
        <source>&quot;%1&quot; is not a partition of this registry (%2)</source>
        <translation>„%1“ ist keine Partition dieser Registry (%2)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="317"/>
        <source>%1 is not in the registry&apos;s %2 partition (%3): no such file. `fleetctl sif list --registry %4` shows what is there.</source>
        <translation>%1 ist nicht in der Partition %2 der Registry (%3): keine solche Datei. `fleetctl sif list --registry %4` zeigt, was dort ist.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="327"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="333"/>
        <source>%1/%2 is flagged %3: %4. It is not synced; replace the file and scan again.</source>
        <translation>%1/%2 ist als %3 markiert: %4. Es wird nicht synchronisiert; ersetzen Sie die Datei und suchen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>SifSyncRequest</name>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="18"/>
        <source>cache folder &quot;%1&quot; is not an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos; (e.g. %2)</source>
        <translation>Cache-Ordner „%1“ ist kein absoluter Pfad aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos; (z. B. %2)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="26"/>
        <source>No registry was given: name the registry folder (--registry DIR or Settings).</source>
        <translation>Keine Registry angegeben: Nennen Sie den Registry-Ordner (--registry DIR oder Einstellungen).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="32"/>
        <source>&quot;%1&quot; is not a partition of the registry (%2).</source>
        <translation>„%1“ ist keine Partition der Registry (%2).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="37"/>
        <source>No node was given: name at least one node to sync to.</source>
        <translation>Kein Knoten angegeben: Nennen Sie mindestens einen Knoten für die Synchronisation.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="41"/>
        <source>&quot;%1&quot; is not a valid node (expected host, host:port or user@host).</source>
        <translation>„%1“ ist kein gültiger Knoten (erwartet: host, host:port oder user@host).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="63"/>
        <source>The %1 partition of %2 holds no .sif image (%3).</source>
        <translation>Die Partition %1 von %2 enthält kein .sif-Image (%3).</translation>
    </message>
</context>
<context>
    <name>SifTemplate</name>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="20"/>
        <source>&quot;id&quot; must be 1-128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (it is &quot;%1&quot;)</source>
        <translation>„id“ muss aus 1–128 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen (es ist „%1“)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="24"/>
        <source>template %1 names no &quot;image&quot;</source>
        <translation>Vorlage %1 nennt kein „image“</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="38"/>
        <source>template %1: cpus and gpus cannot be negative</source>
        <translation>Vorlage %1: cpus und gpus dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="50"/>
        <location filename="../core/sif/SifTemplate.cpp" line="62"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="56"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="105"/>
        <source>Image &quot;%1&quot; is available in %2 partition</source>
        <translation>Image „%1“ ist in der Partition %2 verfügbar</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="113"/>
        <source>Image &quot;%1&quot; is not in the %2 partition (it is in %3): move it or change the template&apos;s partition</source>
        <translation>Image „%1“ ist nicht in der Partition %2 (es ist in %3): Verschieben Sie es oder ändern Sie die Partition der Vorlage</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="116"/>
        <source>Image &quot;%1&quot; is in the registry but flagged (corrupt or unreadable): replace it</source>
        <translation>Image „%1“ ist in der Registry, aber markiert (beschädigt oder unlesbar): Ersetzen Sie es</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="119"/>
        <source>Image &quot;%1&quot; not found in registry</source>
        <translation>Image „%1“ nicht in der Registry gefunden</translation>
    </message>
</context>
<context>
    <name>SifVerify</name>
    <message numerus="yes">
        <location filename="../core/sif/SifVerify.cpp" line="37"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiteres)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="79"/>
        <source>hash type %1 of signature %2 is not supported here</source>
        <translation>Hash-Typ %1 der Signatur %2 wird hier nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="92"/>
        <source>signature %1 signs %2 %3, which the image does not have</source>
        <translation>Signatur %1 signiert %2 %3, das das Image nicht hat</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="94"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="94"/>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="108"/>
        <source>objects %1: %2</source>
        <translation>Objekte %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="111"/>
        <source>the data of object(s) %1 changed since signature %2 was made</source>
        <translation>Die Daten von Objekt(en) %1 haben sich geändert, seit Signatur %2 erstellt wurde</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="120"/>
        <source>signature %1 holds image metadata but is linked to object %2, not to a group</source>
        <translation>Signatur %1 enthält Image-Metadaten, ist aber mit Objekt %2 verknüpft, nicht mit einer Gruppe</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="130"/>
        <source>the header (launch script, magic, version or image ID) changed since signature %1 was made</source>
        <translation>Der Header (Startskript, Magic, Version oder Image-ID) hat sich geändert, seit Signatur %1 erstellt wurde</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="135"/>
        <source>signature %1 signs group %2, which the image does not have</source>
        <translation>Signatur %1 signiert Gruppe %2, die das Image nicht hat</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="148"/>
        <source>object %1 was added to group %2 after signature %3 was made</source>
        <translation>Objekt %1 wurde Gruppe %2 hinzugefügt, nachdem Signatur %3 erstellt wurde</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="157"/>
        <source>the descriptor of object %1 (type, link, size, time, name or type fields) changed since signature %2 was made</source>
        <translation>Der Deskriptor von Objekt %1 (Typ, Verknüpfung, Größe, Zeit, Name oder Typfelder) hat sich geändert, seit Signatur %2 erstellt wurde</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="163"/>
        <source>object %1: %2</source>
        <translation>Objekt %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="166"/>
        <source>the data of object %1 changed since signature %2 was made</source>
        <translation>Die Daten von Objekt %1 haben sich geändert, seit Signatur %2 erstellt wurde</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="171"/>
        <source>object %1, signed by signature %2, is missing</source>
        <translation>Objekt %1, signiert von Signatur %2, fehlt</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="186"/>
        <source>%1
Nothing was verified: the file is not a SIF image this reader accepts.</source>
        <translation>%1
Nichts wurde geprüft: Die Datei ist kein SIF-Image, das dieser Leser akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="193"/>
        <location filename="../core/sif/SifVerify.cpp" line="305"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="244"/>
        <source>made by key %1, but the descriptor names key %2</source>
        <translation>von Schlüssel %1 erstellt, aber der Deskriptor nennt Schlüssel %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="253"/>
        <source>signature %1 is not an OpenPGP clear signature</source>
        <translation>Signatur %1 ist keine OpenPGP-Klartextsignatur</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="272"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="283"/>
        <location filename="../core/sif/SifVerify.cpp" line="288"/>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="284"/>
        <source>not covered: legacy signatures cover object data only</source>
        <translation>nicht abgedeckt: ältere Signaturen decken nur Objektdaten ab</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="285"/>
        <location filename="../core/sif/SifVerify.cpp" line="288"/>
        <source>no valid signature covers it</source>
        <translation>keine gültige Signatur deckt es ab</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="303"/>
        <source>%1: intact</source>
        <translation>%1: unversehrt</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="306"/>
        <source>%1: FAILED — %2</source>
        <translation>%1: FEHLGESCHLAGEN — %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="313"/>
        <source>%1: not signed — nothing vouches for who made it or that it is unchanged. Use images from a source you trust, or sign it (apptainer sign) and verify it with its key.</source>
        <translation>%1: nicht signiert — nichts bürgt dafür, wer es erstellt hat oder dass es unverändert ist. Verwenden Sie Images aus einer vertrauenswürdigen Quelle oder signieren Sie es (apptainer sign) und prüfen Sie es mit seinem Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sif/SifVerify.cpp" line="318"/>
        <source>%1: %n signature(s)</source>
        <translation>
            <numerusform>%1: %n Signatur</numerusform>
            <numerusform>%1: %n Signaturen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="320"/>
        <source>signed by %1</source>
        <translation>signiert von %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="322"/>
        <source>signed by an unknown key %1: it is not in the keyring %2. If you trust it, add its public key to that file (gpg --export --armor %1 &gt;&gt; FILE).</source>
        <translation>von einem unbekannten Schlüssel %1 signiert: Er ist nicht im Schlüsselbund %2. Wenn Sie ihm vertrauen, fügen Sie seinen öffentlichen Schlüssel dieser Datei hinzu (gpg --export --armor %1 &gt;&gt; FILE).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="327"/>
        <source>signature %1: %2</source>
        <translation>Signatur %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="333"/>
        <source>signatures not checked: no keyring was given (--keyring FILE with the signer&apos;s public key); the image names key %1</source>
        <translation>Signaturen nicht geprüft: Kein Schlüsselbund angegeben (--keyring FILE mit dem öffentlichen Schlüssel des Signierers); das Image nennt Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="335"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="337"/>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="338"/>
        <source>descriptors</source>
        <translation>Deskriptoren</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="339"/>
        <source>objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="341"/>
        <source>object(s) %1 are covered by no signature: they may have been added after signing; sign every group (apptainer sign) before trusting the image</source>
        <translation>Objekt(e) %1 sind von keiner Signatur abgedeckt: Sie wurden vielleicht nach dem Signieren hinzugefügt; signieren Sie jede Gruppe (apptainer sign), bevor Sie dem Image vertrauen</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="347"/>
        <source>The image was modified after it was signed: do not use it; fetch it again from its source.</source>
        <translation>Das Image wurde nach dem Signieren verändert: Verwenden Sie es nicht; holen Sie es erneut von seiner Quelle.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="350"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="53"/>
        <source>%1 cannot be opened as a store.</source>
        <translation>%1 kann nicht als Speicher geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="88"/>
        <source>%1 stored in %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="101"/>
        <source>%1 removed from %2.</source>
        <translation>%1 aus %2 entfernt.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="115"/>
        <source>%1 loaded from %2.</source>
        <translation>%1 aus %2 geladen.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="124"/>
        <source>%1 is already in %2: choose another store.</source>
        <translation>%1 ist bereits in %2: Wählen Sie einen anderen Speicher.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="131"/>
        <source>&quot;%1&quot; is not a tagged image reference (%2).</source>
        <translation>„%1“ ist keine getaggte Image-Referenz (%2).</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="132"/>
        <source>a tag is needed</source>
        <translation>ein Tag wird benötigt</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="179"/>
        <source>%1 copied from %2 to %3.</source>
        <translation>%1 von %2 nach %3 kopiert.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="182"/>
        <source>The local engine could not be restored as it was: %1</source>
        <translation>Die lokale Engine konnte nicht wie zuvor wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>fleet::BatchNotifications</name>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="68"/>
        <source>%1: failed on %n node(s)</source>
        <translation>
            <numerusform>%1: auf %n Knoten fehlgeschlagen</numerusform>
            <numerusform>%1: auf %n Knoten fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/BatchNotifications.cpp" line="70"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="71"/>
        <source>%1: done on %n node(s)</source>
        <translation>
            <numerusform>%1: auf %n Knoten fertig</numerusform>
            <numerusform>%1: auf %n Knoten fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="78"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n erfolgreich</numerusform>
            <numerusform>%n erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="80"/>
        <source>%n already had it</source>
        <translation>
            <numerusform>%n hatte es schon</numerusform>
            <numerusform>%n hatten es schon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="82"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="84"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
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
        <location filename="../ui/shell/DesktopSession.cpp" line="106"/>
        <source>Agent installed on %1</source>
        <translation>Agent auf %1 installiert</translation>
    </message>
    <message>
        <location filename="../ui/shell/DesktopSession.cpp" line="111"/>
        <source>Cannot install the agent on %1</source>
        <translation>Agent kann auf %1 nicht installiert werden</translation>
    </message>
</context>
<context>
    <name>fleet::DiscoveryDialog</name>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="41"/>
        <source>Scan for nodes</source>
        <translation>Nach Knoten suchen</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="45"/>
        <source>One per line: 192.168.1.0/24, 10.0.0.5-40, host, user@host:2222</source>
        <translation>Eins pro Zeile: 192.168.1.0/24, 10.0.0.5-40, host, user@host:2222</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="46"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="47"/>
        <source>Networks (CIDR), address ranges and hosts to probe for SSH and the Fleet Agent.</source>
        <translation>Netze (CIDR), Adressbereiche und Hosts, die auf SSH und den Fleet Agent geprüft werden.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="49"/>
        <source>Hosts from ~/.ssh/&amp;config</source>
        <translation>Hosts aus ~/.ssh/&amp;config</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="50"/>
        <source>Hosts from ~/.ssh/&amp;known_hosts</source>
        <translation>Hosts aus ~/.ssh/&amp;known_hosts</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="51"/>
        <source>Neighbours from the &amp;ARP table</source>
        <translation>Nachbarn aus der &amp;ARP-Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="52"/>
        <source>&amp;Inventory file:</source>
        <translation>&amp;Inventardatei:</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="54"/>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="123"/>
        <source>Inventory file</source>
        <translation>Inventardatei</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="55"/>
        <source>An Ansible-style inventory (INI or YAML) listing hosts.</source>
        <translation>Ein Inventar im Ansible-Stil (INI oder YAML), das Hosts auflistet.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="58"/>
        <source>Choose the inventory file</source>
        <translation>Inventardatei wählen</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="59"/>
        <source>Choose inventory file</source>
        <translation>Inventardatei wählen</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="63"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="64"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="65"/>
        <source>How long to wait for each address to answer. Raise it for slow or distant networks.</source>
        <translation>Wie lange auf die Antwort jeder Adresse gewartet wird. Erhöhen Sie den Wert für langsame oder entfernte Netze.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="66"/>
        <source>&amp;Probe nodes that answer SSH</source>
        <translation>Knoten, die auf SSH antworten, &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="67"/>
        <source>After the scan, log in to every node that answered SSH and record what it runs (runtime, access, free space), as Probe does; nodes whose host key is not trusted yet are reported, not trusted.</source>
        <translation>Nach dem Scan bei jedem Knoten anmelden, der auf SSH geantwortet hat, und festhalten, was er ausführt (Laufzeit, Zugriff, freier Platz), wie „Prüfen“ es tut; Knoten, deren Host-Schlüssel noch nicht vertraut wird, werden gemeldet, nicht vertraut.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="71"/>
        <source>Scan progress</source>
        <translation>Suchfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="80"/>
        <source>&amp;Scan</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="82"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="83"/>
        <source>Stop the scan; nodes found so far are kept</source>
        <translation>Suche anhalten; bisher gefundene Knoten bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="91"/>
        <source>&amp;Targets:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="96"/>
        <source>Time&amp;out:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="262"/>
        <source>Nothing to scan: type a network such as 192.168.1.0/24, or tick a source.</source>
        <translation>Nichts zu suchen: Geben Sie ein Netz wie 192.168.1.0/24 ein oder kreuzen Sie eine Quelle an.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="269"/>
        <source>Reading targets…</source>
        <translation>Ziele werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="286"/>
        <source>Probing %Ln node(s) that answer SSH…</source>
        <translation>
            <numerusform>Prüfe %Ln Knoten, der SSH beantwortet …</numerusform>
            <numerusform>Prüfe %Ln Knoten, die SSH beantworten …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="303"/>
        <source>Probing %Ln address(es)…</source>
        <translation>
            <numerusform>Prüfe %Ln Adresse …</numerusform>
            <numerusform>Prüfe %Ln Adressen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="315"/>
        <source>Probed %1 of %Ln address(es), found %2.</source>
        <translation>
            <numerusform>%1 von %Ln Adresse geprüft, %2 gefunden.</numerusform>
            <numerusform>%1 von %Ln Adressen geprüft, %2 gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="355"/>
        <source>Stopped after %1 of %Ln address(es); found %2.</source>
        <translation>
            <numerusform>Nach %1 von %Ln Adresse angehalten; %2 gefunden.</numerusform>
            <numerusform>Nach %1 von %Ln Adressen angehalten; %2 gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="356"/>
        <source>Probed %1 of %Ln address(es) in %3 s; found %2.</source>
        <translation>
            <numerusform>%1 von %Ln Adresse in %3 s geprüft; %2 gefunden.</numerusform>
            <numerusform>%1 von %Ln Adressen in %3 s geprüft; %2 gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="374"/>
        <source>Probed %Ln node(s) over SSH: %1 can take images.</source>
        <translation>
            <numerusform>%Ln Knoten über SSH geprüft: %1 kann Images aufnehmen.</numerusform>
            <numerusform>%Ln Knoten über SSH geprüft: %1 können Images aufnehmen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="346"/>
        <source>Scan stopped.</source>
        <translation>Suche angehalten.</translation>
    </message>
</context>
<context>
    <name>fleet::DiscoveryLauncher</name>
    <message>
        <location filename="../ui/discovery/DiscoveryLauncher.cpp" line="44"/>
        <source>Scan failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>fleet::FleetCountsLabel</name>
    <message>
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="17"/>
        <source>Fleet counts</source>
        <translation>Flottenzahlen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="37"/>
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln Knoten</numerusform>
            <numerusform>%Ln Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="42"/>
        <source>%Ln job(s) running</source>
        <translation>
            <numerusform>%Ln Auftrag läuft</numerusform>
            <numerusform>%Ln Aufträge laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="44"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::Format</name>
    <message>
        <location filename="../core/util/Format.cpp" line="35"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/util/Format.cpp" line="37"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../core/util/Format.cpp" line="40"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>fleet::GroupsDialog</name>
    <message numerus="yes">
        <location filename="../ui/fleet/GroupsDialog.cpp" line="36"/>
        <source>Groups of %n node(s)</source>
        <translation>
            <numerusform>Gruppen von %n Knoten</numerusform>
            <numerusform>Gruppen von %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="37"/>
        <source>gpu, site-2, arch:aarch64</source>
        <translation>gpu, site-2, arch:aarch64</translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="38"/>
        <source>The groups these nodes belong to, separated by commas. A group is a target of push, prune, sync and inventory (@GROUP in fleetctl).</source>
        <translation>Die Gruppen, zu denen diese Knoten gehören, durch Kommas getrennt. Eine Gruppe ist ein Ziel von push, prune, sync und inventory (@GROUP in fleetctl).</translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="46"/>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="47"/>
        <source>Suggested:</source>
        <translation>Vorgeschlagen:</translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="82"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
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
    <name>fleet::HistoryNodesModel</name>
    <message numerus="yes">
        <location filename="../ui/history/HistoryNodesModel.cpp" line="50"/>
        <source>%Ln stage(s) succeeded; average %1, longest %2</source>
        <translation>
            <numerusform>%Ln Stufe erfolgreich; Durchschnitt %1, längste %2</numerusform>
            <numerusform>%Ln Stufen erfolgreich; Durchschnitt %1, längste %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="52"/>
        <source>No %1 stage succeeded on this node yet</source>
        <translation>Auf diesem Knoten war noch keine %1-Phase erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="55"/>
        <source>Jobs that failed because the node did not answer or its host key was refused</source>
        <translation>Aufträge, die fehlschlugen, weil der Knoten nicht antwortete oder sein Host-Schlüssel abgelehnt wurde</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="57"/>
        <source>Extra attempts stages needed after a transient SSH failure</source>
        <translation>Zusätzliche Versuche, die Phasen nach einem vorübergehenden SSH-Fehler brauchten</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="93"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="95"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="97"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="99"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="101"/>
        <source>SSH failures</source>
        <translation>SSH-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="103"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="105"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="107"/>
        <source>Avg. archive</source>
        <translation>Ø Archiv</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="109"/>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="111"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="113"/>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="115"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="117"/>
        <source>Run</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="119"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="121"/>
        <source>Last push</source>
        <translation>Letzte Übertragung</translation>
    </message>
</context>
<context>
    <name>fleet::HistoryScansModel</name>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="59"/>
        <source>running</source>
        <translation>läuft</translation>
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
        <translation>Versuche</translation>
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
        <location filename="../ui/history/HistoryView.cpp" line="55"/>
        <source>Search by image or node (starts with)…</source>
        <translation>Nach Image oder Knoten suchen (beginnt mit)…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="57"/>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="58"/>
        <source>Jobs whose image or node starts with this text; scans whose targets contain it.</source>
        <translation>Aufträge, deren Image oder Knoten mit diesem Text beginnt; Suchen, deren Ziele ihn enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="60"/>
        <source>Job state filter</source>
        <translation>Filter nach Auftragszustand</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="61"/>
        <source>Show only jobs in one state.</source>
        <translation>Nur Aufträge in einem Zustand anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="62"/>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="67"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="68"/>
        <source>Read the history again</source>
        <translation>Den Verlauf erneut lesen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="69"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="70"/>
        <source>Write the jobs the filter selects to a CSV file</source>
        <translation>Die vom Filter ausgewählten Aufträge in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="72"/>
        <source>Job history</source>
        <translation>Auftragsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="75"/>
        <source>Scan history</source>
        <translation>Suchverlauf</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="76"/>
        <source>Pushes per node</source>
        <translation>Übertragungen pro Knoten</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="77"/>
        <source>Per node: jobs, failures, SSH trouble, bytes sent and the average time of each stage</source>
        <translation>Pro Knoten: Aufträge, Fehler, SSH-Probleme, gesendete Bytes und die mittlere Dauer jeder Phase</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="78"/>
        <source>Stages of the selected job</source>
        <translation>Phasen des ausgewählten Auftrags</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="79"/>
        <location filename="../ui/history/HistoryView.cpp" line="195"/>
        <source>Select a job to see its stages.</source>
        <translation>Wählen Sie einen Auftrag, um seine Phasen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="85"/>
        <source>Job log</source>
        <translation>Auftragsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="105"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="106"/>
        <source>S&amp;cans</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="107"/>
        <source>&amp;Nodes</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/HistoryView.cpp" line="143"/>
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln Auftrag</numerusform>
            <numerusform>%Ln Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="194"/>
        <source>Select a job to see its throughput.</source>
        <translation>Wählen Sie einen Auftrag, um seinen Durchsatz zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="284"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="289"/>
        <source>No throughput samples for this job.</source>
        <translation>Keine Durchsatzproben für diesen Auftrag.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="227"/>
        <source>Job %1: %2 to %3, %4 (%5).</source>
        <translation>Auftrag %1: %2 nach %3, %4 (%5).</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="249"/>
        <source>Export job history</source>
        <translation>Auftragsverlauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="250"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="259"/>
        <source>No history database is open.</source>
        <translation>Keine Verlaufsdatenbank ist geöffnet.</translation>
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
        <translation>Alter Host-Schlüssel von %1 vergessen</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="71"/>
        <source>Cannot forget the host key of %1</source>
        <translation>Der Host-Schlüssel von %1 kann nicht vergessen werden</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="73"/>
        <source>Push again: the new key is shown for you to compare and trust.</source>
        <translation>Übertragen Sie erneut: Der neue Schlüssel wird zum Vergleichen und Vertrauen angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="88"/>
        <source>%1 presents %2, which is not in known_hosts, so the push was refused. Compare it with the node&apos;s key, then trust it from a Fleet Commander window that can push, or with: fleetctl trust %3 --expect %2</source>
        <translation>%1 zeigt %2, der nicht in known_hosts steht; die Übertragung wurde deshalb abgelehnt. Vergleichen Sie ihn mit dem Schlüssel des Knotens und vertrauen Sie ihm dann in einem Fleet-Commander-Fenster, das übertragen kann, oder mit: fleetctl trust %3 --expect %2</translation>
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
        <translation>Die Übertragung wird wiederholt.</translation>
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
        <translation>Neuer Host-Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="20"/>
        <source>Host key changed: %1</source>
        <translation>Host-Schlüssel geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="35"/>
        <source>SHA256 fingerprint</source>
        <translation>SHA256-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="41"/>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="42"/>
        <source>Record the key in known_hosts; later connections are checked against it.</source>
        <translation>Den Schlüssel in known_hosts speichern; spätere Verbindungen werden dagegen geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="44"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="47"/>
        <source>&amp;Forget old key</source>
        <translation>Alten Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="48"/>
        <source>Remove this node&apos;s recorded key from known_hosts. The next connection shows the new key for you to compare and trust.</source>
        <translation>Den gespeicherten Schlüssel dieses Knotens aus known_hosts entfernen. Die nächste Verbindung zeigt den neuen Schlüssel zum Vergleichen und Vertrauen.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="84"/>
        <source>This is the first connection to %1. Its SSH host key is not in known_hosts yet. Compare the fingerprint below with the one on the node&apos;s console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before you trust it.</source>
        <translation>Dies ist die erste Verbindung zu %1. Sein SSH-Host-Schlüssel steht noch nicht in known_hosts. Vergleichen Sie den Fingerabdruck unten mit dem an der Konsole des Knotens (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="88"/>
        <source>The SSH host key of %1 is different from the one recorded in known_hosts. Someone may be intercepting the connection, so Fleet Commander refuses to connect. If the node was reinstalled, check the new key on its console, then press Forget old key (or run: fleetctl trust %2 --forget) and connect again to trust the new key.</source>
        <translation>Der SSH-Host-Schlüssel von %1 unterscheidet sich von dem in known_hosts gespeicherten. Jemand könnte die Verbindung abfangen, daher verweigert Fleet Commander die Verbindung. Wenn der Knoten neu installiert wurde, prüfen Sie den neuen Schlüssel an seiner Konsole, drücken Sie dann „Alten Schlüssel vergessen“ (oder führen Sie fleetctl trust %2 --forget aus) und verbinden Sie sich erneut, um dem neuen Schlüssel zu vertrauen.</translation>
    </message>
</context>
<context>
    <name>fleet::ImageLibraryLoader</name>
    <message>
        <location filename="../ui/library/ImageLibraryLoader.cpp" line="37"/>
        <source>Reading the local Docker engine…</source>
        <translation>Die lokale Docker Engine wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryLoader.cpp" line="46"/>
        <source>The engine has no images yet. Build or pull one, then press F5.</source>
        <translation>Die Engine hat noch keine Images. Bauen oder holen Sie eines und drücken Sie dann F5.</translation>
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
        <translation>ohne Tag</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="64"/>
        <source>ID %1 · %2</source>
        <translation>ID %1 · %2</translation>
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
        <translation>Auf einen Knoten ziehen, um es zu übertragen.</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="75"/>
        <source>Image %1, %2</source>
        <translation>Image %1, %2</translation>
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
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="113"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>fleet::InventoryModel</name>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="67"/>
        <source>%1 lacks %2, which group %3 should hold.
Fix: Sync missing, or %4</source>
        <translation>%1 fehlt %2, das Gruppe %3 haben soll.
Abhilfe: Fehlende synchronisieren oder %4</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="69"/>
        <source>%1 holds %2, older than the catalog&apos;s %3.
Fix: Sync missing, or %4</source>
        <translation>%1 hat %2, älter als %3 des Katalogs.
Abhilfe: Fehlende synchronisieren oder %4</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="95"/>
        <source>asked through its Fleet Agent</source>
        <translation>über seinen Fleet Agent gefragt</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="96"/>
        <source>asked over SSH</source>
        <translation>über SSH gefragt</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="99"/>
        <source>agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
</context>
<context>
    <name>fleet::InventoryView</name>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="23"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="24"/>
        <source>&amp;Sync missing</source>
        <translation>Fehlende &amp;synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="32"/>
        <source>Ask every known node which images it holds (its agent where it runs, SSH elsewhere)</source>
        <translation>Jeden bekannten Knoten fragen, welche Images er hat (seinen Agenten, wo er läuft, sonst SSH)</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="33"/>
        <source>Push what the drift shows missing or outdated, to exactly the nodes concerned</source>
        <translation>Übertragen, was laut Abweichung fehlt oder veraltet ist, genau an die betroffenen Knoten</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="80"/>
        <source>The inventory is not available in this window (read-only).</source>
        <translation>Das Inventar ist in diesem Fenster nicht verfügbar (schreibgeschützt).</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="97"/>
        <source>No nodes known yet: scan for some first.</source>
        <translation>Noch keine Knoten bekannt: Suchen Sie zuerst welche.</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="134"/>
        <source>Nothing to sync: no node lacks what its groups want or holds an older tag.</source>
        <translation>Nichts zu synchronisieren: Keinem Knoten fehlt, was seine Gruppen wollen, und keiner hat ein älteres Tag.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventory/InventoryView.cpp" line="139"/>
        <source>%n push(es) started; the columns refresh as each one succeeds.</source>
        <translation>
            <numerusform>%n Übertragung gestartet; die Spalten werden aktualisiert, sobald sie gelingt.</numerusform>
            <numerusform>%n Übertragungen gestartet; die Spalten werden aktualisiert, sobald jede gelingt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="149"/>
        <location filename="../ui/inventory/InventoryView.cpp" line="153"/>
        <source>Asking the nodes…</source>
        <translation>Die Knoten werden gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="154"/>
        <source>Press Refresh to see which node holds which image.</source>
        <translation>Drücken Sie „Aktualisieren“, um zu sehen, welcher Knoten welches Image hat.</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="160"/>
        <source>%1, %2; drift: %3 missing, %4 outdated</source>
        <translation>%1, %2; Abweichung: %3 fehlen, %4 veraltet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventory/InventoryView.cpp" line="161"/>
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln Knoten</numerusform>
            <numerusform>%Ln Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventory/InventoryView.cpp" line="162"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Image</numerusform>
            <numerusform>%Ln Images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::JobAlerts</name>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="34"/>
        <source>Push to %1 failed</source>
        <translation>Übertragung an %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="36"/>
        <source>%1 could not be pushed; see History for the stage that failed.</source>
        <translation>%1 konnte nicht übertragen werden; siehe Verlauf für die fehlgeschlagene Phase.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="42"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>fleet::JobRunner</name>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="59"/>
        <source>No node was given: name at least one node to push to.</source>
        <translation>Kein Knoten angegeben: Nennen Sie mindestens einen Zielknoten.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="62"/>
        <source>No archive was given: name a docker-save archive file.</source>
        <translation>Kein Archiv angegeben: Nennen Sie eine docker-save-Archivdatei.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="64"/>
        <source>An archive push names its images in the archive; drop the image name &quot;%1&quot;.</source>
        <translation>Eine Archivübertragung nennt ihre Images im Archiv; lassen Sie den Image-Namen „%1“ weg.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="68"/>
        <source>%1: no such file. Name an existing docker-save archive (docker save -o FILE IMAGE).</source>
        <translation>%1: keine solche Datei. Nennen Sie ein vorhandenes docker-save-Archiv (docker save -o FILE IMAGE).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="71"/>
        <source>%1 is not a readable file: name a docker-save archive.</source>
        <translation>%1 ist keine lesbare Datei: Nennen Sie ein docker-save-Archiv.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="76"/>
        <source>No store was given: name the STORE-URL the image is kept in.</source>
        <translation>Kein Speicher angegeben: Nennen Sie die STORE-URL, in der das Image liegt.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="79"/>
        <source>No image was given: name an image of %1 (fleetctl store list %1 shows them).</source>
        <translation>Kein Image angegeben: Nennen Sie ein Image von %1 (fleetctl store list %1 zeigt sie).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="82"/>
        <source>A store push has no archive file; &quot;%1&quot; would be ignored.</source>
        <translation>Eine Speicherübertragung hat keine Archivdatei; „%1“ würde ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="84"/>
        <source>A direct download needs an S3 store (nodes fetch from it by a presigned link); %1 is not one. Use --via relay or auto.</source>
        <translation>Ein direkter Download braucht einen S3-Speicher (Knoten holen über einen vorsignierten Link); %1 ist keiner. Verwenden Sie --via relay oder auto.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="91"/>
        <source>&quot;%1&quot; is neither an archive name (%2) nor a tagged image reference (IMAGE:TAG).</source>
        <translation>„%1“ ist weder ein Archivname (%2) noch eine getaggte Image-Referenz (IMAGE:TAG).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="99"/>
        <source>No image was given: name an image of the local engine or a docker-save archive.</source>
        <translation>Kein Image angegeben: Nennen Sie ein Image der lokalen Engine oder ein docker-save-Archiv.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="101"/>
        <source>An image push has no archive file; &quot;%1&quot; would be ignored. Push the archive as an archive.</source>
        <translation>Eine Image-Übertragung hat keine Archivdatei; „%1“ würde ignoriert. Übertragen Sie das Archiv als Archiv.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="111"/>
        <source>request id &quot;%1&quot; is not 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Anfrage-ID „%1“ besteht nicht aus 1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="115"/>
        <source>&quot;%1&quot; is not a valid node (expected host, host:port or user@host).</source>
        <translation>„%1“ ist kein gültiger Knoten (erwartet: host, host:port oder user@host).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="119"/>
        <source>&quot;%1&quot; is not a valid container name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</source>
        <translation>„%1“ ist kein gültiger Containername (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="122"/>
        <source>restart policy &quot;%1&quot; is not one of no, always, unless-stopped, on-failure[:N].</source>
        <translation>Neustartregel „%1“ ist keine von no, always, unless-stopped, on-failure[:N].</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="127"/>
        <source>port mapping &quot;%1&quot; is not HOST:CONTAINER[/PROTO].</source>
        <translation>Portzuordnung „%1“ ist nicht HOST:CONTAINER[/PROTO].</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="132"/>
        <source>environment entry &quot;%1&quot; is not KEY=VALUE.</source>
        <translation>Umgebungseintrag „%1“ ist nicht KEY=VALUE.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="134"/>
        <source>&quot;%1&quot; is not a valid network name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</source>
        <translation>„%1“ ist kein gültiger Netzwerkname (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="136"/>
        <source>a CPU limit of %1 is not between 0 (no limit) and 1024.</source>
        <translation>Ein CPU-Limit von %1 liegt nicht zwischen 0 (kein Limit) und 1024.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="139"/>
        <source>a memory limit of %1 bytes is below Docker&apos;s minimum of 6m (0: no limit).</source>
        <translation>Ein Speicherlimit von %1 Bytes liegt unter Dockers Minimum von 6m (0: kein Limit).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="142"/>
        <source>a health timeout of %1 s is not between 1 and 3600.</source>
        <translation>Eine Gesundheitsfrist von %1 s liegt nicht zwischen 1 und 3600.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="144"/>
        <source>--force-gpu runs a GPU image where no GPU shows; it means nothing with --no-gpu.</source>
        <translation>--force-gpu startet ein GPU-Image, wo keine GPU sichtbar ist; mit --no-gpu bedeutet es nichts.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="148"/>
        <source>label &quot;%1&quot; is not KEY=VALUE (a key of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;).</source>
        <translation>Label „%1“ ist nicht KEY=VALUE (ein Schlüssel aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="150"/>
        <source>label &quot;%1&quot;: io.fleetcommander.* labels are the fleet&apos;s own (who deployed what, when); choose another key.</source>
        <translation>Label „%1“: io.fleetcommander.*-Labels gehören der Flotte (wer was wann ausgerollt hat); wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="155"/>
        <source>limits, GPU use and labels set up the container of the run stage: enable it (--run).</source>
        <translation>Limits, GPU-Nutzung und Labels richten den Container der Startphase ein: Aktivieren Sie sie (--run).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="229"/>
        <source>No store was given: name a STORE-URL (dir:, s3://, registry://).</source>
        <translation>Kein Speicher angegeben: Nennen Sie eine STORE-URL (dir:, s3://, registry://).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="232"/>
        <source>A push is submitted as a push request, not a store verb.</source>
        <translation>Eine Übertragung wird als Übertragungsanfrage eingereicht, nicht als Speicheraktion.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="234"/>
        <source>No image was given: name at least one image.</source>
        <translation>Kein Image angegeben: Nennen Sie mindestens ein Image.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="238"/>
        <source>No target store was given for the copy.</source>
        <translation>Für die Kopie wurde kein Zielspeicher angegeben.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="240"/>
        <source>%1 is both the source and the target: choose another store.</source>
        <translation>%1 ist Quelle und Ziel zugleich: Wählen Sie einen anderen Speicher.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="243"/>
        <source>An archive name is given to the put of one image.</source>
        <translation>Ein Archivname wird beim Ablegen eines einzelnen Images angegeben.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="449"/>
        <source>%1: cancelled before it started</source>
        <translation>%1: abgebrochen, bevor es begann</translation>
    </message>
</context>
<context>
    <name>fleet::JobsModel</name>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="32"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="35"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="327"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="40"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="332"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="42"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="334"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="44"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="336"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="46"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="338"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="85"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="90"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="96"/>
        <source>%1 to %2: %3, %4</source>
        <translation>%1 nach %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="126"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="128"/>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="130"/>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="132"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="134"/>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="136"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="138"/>
        <source>Run</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="140"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="142"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="144"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="146"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>fleet::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="39"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="40"/>
        <source>One row per node of a push; a push to several nodes is one row to expand. Delete cancels the selected jobs, Ctrl+Shift+R retries them.</source>
        <translation>Eine Zeile je Knoten eines Push; ein Push an mehrere Knoten ist eine Zeile zum Aufklappen. Entf bricht die ausgewählten Aufträge ab, Strg+Umschalt+R wiederholt sie.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="56"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="56"/>
        <source>Cancel the selected jobs (Delete)</source>
        <translation>Die ausgewählten Aufträge abbrechen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="57"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="57"/>
        <source>Run the selected failed or cancelled jobs again (Ctrl+Shift+R)</source>
        <translation>Die ausgewählten fehlgeschlagenen oder abgebrochenen Aufträge erneut ausführen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="59"/>
        <source>Clear finished</source>
        <translation>Fertige entfernen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="59"/>
        <source>Remove finished jobs from this list (they stay in History)</source>
        <translation>Fertige Aufträge aus dieser Liste entfernen (sie bleiben im Verlauf)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="66"/>
        <source>&lt;b&gt;Jobs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufträge&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="124"/>
        <source>Push an image to see its throughput here.</source>
        <translation>Übertragen Sie ein Image, um hier seinen Durchsatz zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="132"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>fleet::JobsTrayIcon</name>
    <message numerus="yes">
        <location filename="../ui/shell/JobsTrayIcon.cpp" line="51"/>
        <source>Fleet Commander: %n job(s) running</source>
        <translation>
            <numerusform>Fleet Commander: %n Auftrag läuft</numerusform>
            <numerusform>Fleet Commander: %n Aufträge laufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/JobsTrayIcon.cpp" line="52"/>
        <source>Fleet Commander: no jobs running</source>
        <translation>Fleet Commander: keine Aufträge laufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/JobsTrayIcon.cpp" line="54"/>
        <source>%n job(s) failed</source>
        <translation>
            <numerusform>%n Auftrag fehlgeschlagen</numerusform>
            <numerusform>%n Aufträge fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::JobsTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="344"/>
        <source>%1 of %n node(s) done</source>
        <translation>
            <numerusform>%1 von %n Knoten fertig</numerusform>
            <numerusform>%1 von %n Knoten fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="345"/>
        <source>%1 of %n job(s) done</source>
        <translation>
            <numerusform>%1 von %n Auftrag fertig</numerusform>
            <numerusform>%1 von %n Aufträgen fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="347"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Image</numerusform>
            <numerusform>%n Images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="375"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="377"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="379"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n erfolgreich</numerusform>
            <numerusform>%n erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="381"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="385"/>
        <source>%1 to %2: %3</source>
        <translation>%1 an %2: %3</translation>
    </message>
</context>
<context>
    <name>fleet::LibraryPanel</name>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="30"/>
        <source>&lt;b&gt;Images&lt;/b&gt;</source>
        <translation>&lt;b&gt;Images&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="34"/>
        <source>Reload the images of the local Docker engine and the stores (F5)</source>
        <translation>Die Images der lokalen Docker Engine und der Speicher neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="35"/>
        <source>Reload images</source>
        <translation>Images neu laden</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="38"/>
        <source>Search images and archives</source>
        <translation>Images und Archive durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="40"/>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="54"/>
        <source>Image library</source>
        <translation>Image-Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="55"/>
        <source>Drag images onto a node to push them there; select several to push them together.</source>
        <translation>Ziehen Sie Images auf einen Knoten, um sie dorthin zu übertragen; wählen Sie mehrere, um sie zusammen zu übertragen.</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="77"/>
        <location filename="../ui/library/LibraryPanel.cpp" line="240"/>
        <source>This workstation</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="78"/>
        <source>The images of the local Docker engine</source>
        <translation>Die Images der lokalen Docker Engine</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="168"/>
        <source>The store %1: %2</source>
        <translation>Der Speicher %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="240"/>
        <source>This workstation (%1)</source>
        <translation>Dieser Arbeitsplatz (%1)</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="256"/>
        <source>&amp;Put into store</source>
        <translation>In Speicher &amp;ablegen</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="274"/>
        <source>&amp;Copy to store</source>
        <translation>In Speicher &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="281"/>
        <source>&amp;Delete from store…</source>
        <translation>Aus Speicher &amp;löschen…</translation>
    </message>
</context>
<context>
    <name>fleet::MainActions</name>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="28"/>
        <source>&amp;Scan…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="28"/>
        <source>Discover nodes on networks and from SSH files</source>
        <translation>Knoten in Netzen und aus SSH-Dateien finden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="30"/>
        <source>&amp;Push</source>
        <translation>&amp;Übertragen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="30"/>
        <source>Push the selected images to the selected nodes</source>
        <translation>Die ausgewählten Images an die ausgewählten Knoten übertragen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="32"/>
        <source>&amp;Install agent</source>
        <translation>Agent &amp;installieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="33"/>
        <source>Install the Fleet Agent on the selected nodes over SSH</source>
        <translation>Den Fleet Agent über SSH auf den ausgewählten Knoten installieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="35"/>
        <source>Clean &amp;up images…</source>
        <translation>Images a&amp;ufräumen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="36"/>
        <source>Remove images the selected nodes can load again from a store, and dangling ones</source>
        <translation>Images entfernen, die die ausgewählten Knoten wieder aus einem Speicher laden können, und verwaiste</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="38"/>
        <source>Containers and &amp;logs…</source>
        <translation>Container und &amp;Protokolle…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="39"/>
        <source>The selected node&apos;s containers (stop, start, restart, remove) and their logs</source>
        <translation>Die Container des ausgewählten Knotens (anhalten, starten, neu starten, entfernen) und ihre Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="41"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="42"/>
        <source>Cancel the selected jobs, or all running jobs when none is selected</source>
        <translation>Die ausgewählten Aufträge abbrechen oder alle laufenden, wenn keiner ausgewählt ist</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="44"/>
        <source>&amp;Reload images</source>
        <translation>Images neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="45"/>
        <source>Read the local Docker engine&apos;s images and the stores&apos; archives again</source>
        <translation>Die Images der lokalen Docker Engine und die Archive der Speicher erneut lesen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="47"/>
        <source>Only &amp;not installed</source>
        <translation>Nur &amp;nicht installierte</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="48"/>
        <source>Show only nodes where SSH works but the agent is missing</source>
        <translation>Nur Knoten zeigen, auf denen SSH funktioniert, aber der Agent fehlt</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="51"/>
        <source>&amp;Confirm drops</source>
        <translation>Ablegen &amp;bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="52"/>
        <source>Ask for transfer mode and run options before each push</source>
        <translation>Vor jeder Übertragung nach Übertragungsmodus und Startoptionen fragen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="54"/>
        <source>Desktop &amp;notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="55"/>
        <source>Tell the desktop when a push ends while the window is in the background</source>
        <translation>Dem Desktop mitteilen, wenn eine Übertragung endet, während das Fenster im Hintergrund ist</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="58"/>
        <source>Show in the system &amp;tray</source>
        <translation>Im &amp;Systembereich anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="59"/>
        <source>An icon in the system tray that counts the running jobs</source>
        <translation>Ein Symbol im Systembereich, das die laufenden Aufträge zählt</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="63"/>
        <source>&amp;Build image…</source>
        <translation>Image &amp;bauen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="66"/>
        <source>Build an image definition folder in the local Docker Engine</source>
        <translation>Einen Ordner mit Image-Definition in der lokalen Docker Engine bauen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="68"/>
        <source>&amp;Export history as CSV…</source>
        <translation>Verlauf als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="72"/>
        <source>&amp;Fleet</source>
        <translation>&amp;Flotte</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="74"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="76"/>
        <source>&amp;Filter nodes</source>
        <translation>Knoten &amp;filtern</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="79"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="83"/>
        <source>Stores and other settings</source>
        <translation>Speicher und weitere Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="92"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="102"/>
        <source>F&amp;leet</source>
        <translation>F&amp;lotte</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="104"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="105"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="110"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
</context>
<context>
    <name>fleet::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="49"/>
        <source>Fleet Commander</source>
        <translation>Fleet Commander</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="107"/>
        <source>Cannot read the history</source>
        <translation>Der Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="112"/>
        <source>History exported</source>
        <translation>Verlauf exportiert</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="115"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>&amp;Fleet</source>
        <translation>&amp;Flotte</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="158"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="171"/>
        <source>Docker engine: connecting…</source>
        <translation>Docker Engine: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="172"/>
        <source>Docker engine status</source>
        <translation>Status der Docker Engine</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="92"/>
        <source>Cannot read the last known fleet</source>
        <translation>Die zuletzt bekannte Flotte kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="113"/>
        <source>%n job(s) written to %1.</source>
        <translation>
            <numerusform>%n Auftrag in %1 geschrieben.</numerusform>
            <numerusform>%n Aufträge in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="130"/>
        <source>Apptainer</source>
        <translation>Apptainer</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="131"/>
        <source>The Apptainer registry: .sif images by partition, job templates</source>
        <translation>Die Apptainer-Registry: .sif-Images nach Partition, Auftragsvorlagen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="357"/>
        <source>Docker engine not reachable</source>
        <translation>Docker Engine nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="359"/>
        <source>Cannot list the local images</source>
        <translation>Die lokalen Images können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="378"/>
        <source>Agent installation is not available</source>
        <translation>Agent-Installation ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="379"/>
        <source>This build cannot install the Fleet Agent from the window yet. Use `fleetctl agent install NODE` in a terminal.</source>
        <translation>Dieser Build kann den Fleet Agent noch nicht aus dem Fenster installieren. Verwenden Sie `fleetctl agent install NODE` in einem Terminal.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="397"/>
        <source>Cleaning up is not available</source>
        <translation>Aufräumen ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="398"/>
        <source>This window runs nothing (read-only). Use `fleetctl prune NODE` in a terminal.</source>
        <translation>Dieses Fenster führt nichts aus (schreibgeschützt). Verwenden Sie `fleetctl prune NODE` in einem Terminal.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="410"/>
        <source>Containers are not available</source>
        <translation>Container sind nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="411"/>
        <source>This window runs nothing (read-only). Use `fleetctl containers %1` in a terminal.</source>
        <translation>Dieses Fenster führt nichts aus (schreibgeschützt). Verwenden Sie `fleetctl containers %1` in einem Terminal.</translation>
    </message>
</context>
<context>
    <name>fleet::NodeDetailDialog</name>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="55"/>
        <source>%1 — containers and logs</source>
        <translation>%1 — Container und Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="63"/>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="229"/>
        <source>Runtime: not probed yet</source>
        <translation>Laufzeit: noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="69"/>
        <source>&amp;Probe</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="71"/>
        <source>Ask the node which container runtime it has and how this user reaches it</source>
        <translation>Den Knoten fragen, welche Container-Laufzeit er hat und wie dieser Benutzer sie erreicht</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="80"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="93"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="94"/>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="95"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="96"/>
        <source>Rest&amp;art</source>
        <translation>Neu st&amp;arten</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="97"/>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="109"/>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="110"/>
        <source>Keep adding new lines of the selected container&apos;s log</source>
        <translation>Neue Zeilen des Protokolls des ausgewählten Containers fortlaufend anfügen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="113"/>
        <source>Container log</source>
        <translation>Container-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="166"/>
        <source>system not known yet</source>
        <translation>System noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="167"/>
        <source>no Fleet Agent</source>
        <translation>kein Fleet Agent</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="167"/>
        <source>Fleet Agent %1</source>
        <translation>Fleet Agent %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="237"/>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="239"/>
        <source>store %1 (%2)</source>
        <translation>Speicher %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="243"/>
        <source>%1 free in its root</source>
        <translation>%1 frei in seinem Wurzelverzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="245"/>
        <source>%1 free in %2</source>
        <translation>%1 frei in %2</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="248"/>
        <source>Runtime: %1</source>
        <translation>Laufzeit: %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="254"/>
        <source>Probing %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="276"/>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="301"/>
        <source>Started by Fleet Commander</source>
        <translation>Von Fleet Commander gestartet</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="306"/>
        <source>No containers on this node.</source>
        <translation>Keine Container auf diesem Knoten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="307"/>
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n Container</numerusform>
            <numerusform>%n Container</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="324"/>
        <source>Remove the container %1 from %2? A running container is stopped first; what it wrote inside itself is lost.</source>
        <translation>Den Container %1 von %2 entfernen? Ein laufender Container wird zuerst angehalten; was er in sich selbst geschrieben hat, geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="327"/>
        <source>Remove container</source>
        <translation>Container entfernen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="335"/>
        <source>docker %1 %2…</source>
        <translation>docker %1 %2…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="345"/>
        <source>docker %1 %2: %3</source>
        <translation>docker %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="347"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>fleet::NodeIdentityDialog</name>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="26"/>
        <source>SSH identity of %1</source>
        <translation>SSH-Identität von %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="28"/>
        <source>Identity for</source>
        <translation>Identität für</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="29"/>
        <source>This node (%1)</source>
        <translation>Dieser Knoten (%1)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="31"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="33"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="34"/>
        <source>empty: no override</source>
        <translation>leer: keine eigene Einstellung</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="37"/>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="38"/>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="96"/>
        <source>Choose the private key</source>
        <translation>Den privaten Schlüssel wählen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="51"/>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="52"/>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="85"/>
        <source>In use without an override: %1</source>
        <translation>Ohne eigene Einstellung verwendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="87"/>
        <source>In use: %1 (%2)</source>
        <translation>Verwendet: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="88"/>
        <source>this node&apos;s own</source>
        <translation>die eigene dieses Knotens</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="89"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>fleet::NodeListModel</name>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="36"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="38"/>
        <source>. SSH works but the Fleet Agent is not installed: select the node and use Install agent.</source>
        <translation>. SSH funktioniert, aber der Fleet Agent ist nicht installiert: Wählen Sie den Knoten und verwenden Sie „Agent installieren“.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="76"/>
        <source>last seen %1</source>
        <translation>zuletzt gesehen %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="92"/>
        <source>OS not known yet</source>
        <translation>Betriebssystem noch nicht bekannt</translation>
    </message>
</context>
<context>
    <name>fleet::NodeTileDelegate</name>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="111"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="149"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="150"/>
        <source>MEM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="151"/>
        <source>DISK</source>
        <translation>DISK</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="272"/>
        <source>Push to this node</source>
        <translation>An diesen Knoten übertragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="272"/>
        <source>Push to %n node(s)</source>
        <translation>
            <numerusform>An %n Knoten übertragen</numerusform>
            <numerusform>An %n Knoten übertragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::NodeTileView</name>
    <message>
        <location filename="../ui/fleet/NodeTileView.cpp" line="30"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileView.cpp" line="31"/>
        <source>Drag images from the library onto a node to push them; a drop on a selected node pushes to the whole selection.</source>
        <translation>Ziehen Sie Images aus der Bibliothek auf einen Knoten, um sie zu übertragen; ein Ablegen auf einem ausgewählten Knoten überträgt an die ganze Auswahl.</translation>
    </message>
</context>
<context>
    <name>fleet::NodesPanel</name>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="28"/>
        <source>Filter nodes by name, address, OS…</source>
        <translation>Knoten nach Name, Adresse, Betriebssystem filtern…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="30"/>
        <source>Node filter</source>
        <translation>Knotenfilter</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="31"/>
        <source>Show only nodes whose name, address, OS, architecture or state contains this text (Ctrl+F).</source>
        <translation>Nur Knoten zeigen, deren Name, Adresse, Betriebssystem, Architektur oder Zustand diesen Text enthält (Strg+F).</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="35"/>
        <source>State filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="36"/>
        <source>Show only nodes in one state.</source>
        <translation>Nur Knoten in einem Zustand anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="37"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="42"/>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="44"/>
        <source>Show only nodes without the agent</source>
        <translation>Nur Knoten ohne Agent zeigen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="45"/>
        <source>One click: show only nodes that answer SSH but have no Fleet Agent (Ctrl+Shift+N).</source>
        <translation>Ein Klick: nur Knoten zeigen, die auf SSH antworten, aber keinen Fleet Agent haben (Strg+Umschalt+N).</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="49"/>
        <source>Sort nodes</source>
        <translation>Knoten sortieren</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="50"/>
        <source>Order of the tiles.</source>
        <translation>Reihenfolge der Kacheln.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="51"/>
        <source>Sort by address</source>
        <translation>Nach Adresse sortieren</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="52"/>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="53"/>
        <source>Sort by state</source>
        <translation>Nach Zustand sortieren</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="54"/>
        <source>Sort by last seen</source>
        <translation>Nach zuletzt gesehen sortieren</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="57"/>
        <source>Select group</source>
        <translation>Gruppe auswählen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="58"/>
        <source>Select the tiles of a node group (fleetctl group add, or Groups… on a tile).</source>
        <translation>Die Kacheln einer Knotengruppe auswählen (fleetctl group add oder „Gruppen…“ auf einer Kachel).</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="152"/>
        <source>Select group…</source>
        <translation>Gruppe auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="173"/>
        <source>No nodes yet. Scan the network (Ctrl+Shift+S) to discover your fleet.</source>
        <translation>Noch keine Knoten. Durchsuchen Sie das Netz (Strg+Umschalt+S), um Ihre Flotte zu finden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodesPanel.cpp" line="174"/>
        <source>No node matches the filter. Clear the filter to see all %n node(s).</source>
        <translation>
            <numerusform>Kein Knoten passt zum Filter. Leeren Sie den Filter, um den %n Knoten zu sehen.</numerusform>
            <numerusform>Kein Knoten passt zum Filter. Leeren Sie den Filter, um alle %n Knoten zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::NotificationArea</name>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="26"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="74"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="75"/>
        <source>Dismiss notification: %1</source>
        <translation>Benachrichtigung schließen: %1</translation>
    </message>
</context>
<context>
    <name>fleet::PruneDialog</name>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="26"/>
        <source>&lt;none&gt;</source>
        <translation>&lt;keine&gt;</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="37"/>
        <source>Clean up images</source>
        <translation>Images aufräumen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="40"/>
        <source>Images that a store holds (they load again from there) and dangling images (untagged, unused) on %1. Images a container uses, running or stopped, stay.</source>
        <translation>Images, die ein Speicher enthält (sie lassen sich von dort wieder laden), und verwaiste Images (ohne Tag, unbenutzt) auf %1. Images, die ein Container verwendet, ob laufend oder angehalten, bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="51"/>
        <source>Images to remove</source>
        <translation>Zu entfernende Images</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="61"/>
        <source>Remove images</source>
        <translation>Images entfernen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="94"/>
        <source>Computing the plan…</source>
        <translation>Der Plan wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="114"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="118"/>
        <source>%1 — %n image(s), up to %2</source>
        <translation>
            <numerusform>%1 — %n Image, bis zu %2</numerusform>
            <numerusform>%1 — %n Images, bis zu %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="123"/>
        <source>reloadable from %1 (%2)</source>
        <translation>wieder ladbar aus %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="124"/>
        <source>dangling</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="127"/>
        <source>kept: used by %1</source>
        <translation>behalten: verwendet von %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="135"/>
        <source>Space freed: up to %1</source>
        <translation>Freigegebener Platz: bis zu %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="136"/>
        <source>Nothing to remove.</source>
        <translation>Nichts zu entfernen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="137"/>
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>%n Image entfernen</numerusform>
            <numerusform>%n Images entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="145"/>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="170"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="170"/>
        <source>not removed: %1</source>
        <translation>nicht entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="175"/>
        <source>Removed %n image(s), %1 freed.</source>
        <translation>
            <numerusform>%n Image entfernt, %1 frei geworden.</numerusform>
            <numerusform>%n Images entfernt, %1 frei geworden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="176"/>
        <source>%n could not be removed.</source>
        <translation>
            <numerusform>%n konnte nicht entfernt werden.</numerusform>
            <numerusform>%n konnten nicht entfernt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::PushConfirmPopover</name>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="29"/>
        <source>Confirm push</source>
        <translation>Übertragung bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="39"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="49"/>
        <source>Stream (straight into docker load)</source>
        <translation>Streamen (direkt in docker load)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="50"/>
        <source>Copy first (scp, checked, resumable)</source>
        <translation>Erst kopieren (scp, geprüft, fortsetzbar)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="51"/>
        <source>Transfer mode</source>
        <translation>Übertragungsmodus</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="52"/>
        <source>Stream is fastest. Copy first writes a temporary file on the node, checks its SHA-256 and resumes after a broken connection; use it for big images over slow links.</source>
        <translation>Streamen ist am schnellsten. „Erst kopieren“ schreibt eine temporäre Datei auf den Knoten, prüft ihre SHA-256 und setzt nach einer unterbrochenen Verbindung fort; nutzen Sie es für große Images über langsame Leitungen.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="55"/>
        <source>Rela&amp;y through the nodes</source>
        <translation>Über die Nodes &amp;weiterreichen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="56"/>
        <source>Send the image once, to the first node; each node loads it and passes it on to the next over SSH, with a key made for this push and removed after it. For many nodes behind a slow link from here.</source>
        <translation>Das Image nur einmal senden, an den ersten Node; jeder Node lädt es und reicht es per SSH an den nächsten weiter, mit einem Schlüssel, der für diesen Push erzeugt und danach entfernt wird. Für viele Nodes hinter einer langsamen Verbindung von hier.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="63"/>
        <source>&amp;Run after load</source>
        <translation>Nach dem Laden &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="64"/>
        <source>Start a container from the image (docker run -d) once it is loaded.</source>
        <translation>Einen Container aus dem Image starten (docker run -d), sobald es geladen ist.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="69"/>
        <source>chosen by Docker</source>
        <translation>von Docker gewählt</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="70"/>
        <source>Container name</source>
        <translation>Containername</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="75"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="76"/>
        <source>CPU limit</source>
        <translation>CPU-Limit</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="78"/>
        <source>no limit (e.g. 512m, 2g)</source>
        <translation>kein Limit (z. B. 512m, 2g)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="79"/>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="80"/>
        <source>A running container of the same name is replaced only once the new one is healthy; otherwise it keeps running.</source>
        <translation>Ein laufender Container gleichen Namens wird erst ersetzt, wenn der neue gesund ist; sonst läuft er weiter.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="87"/>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPUs:</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="88"/>
        <source>M&amp;emory:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="94"/>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;Nicht mehr fragen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="95"/>
        <source>Push at once on the next drops with these choices. Turn asking back on with Settings → Confirm drops.</source>
        <translation>Bei den nächsten Ablagen sofort mit diesen Einstellungen übertragen. Fragen wieder einschalten unter Einstellungen → Ablegen bestätigen.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="98"/>
        <source>&amp;Push</source>
        <translation>&amp;Übertragen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="105"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="126"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="127"/>
        <source>Push %1 to %2?</source>
        <translation>%1 an %2 übertragen?</translation>
    </message>
</context>
<context>
    <name>fleet::PushController</name>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="40"/>
        <source>Nothing to push</source>
        <translation>Nichts zu übertragen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="41"/>
        <source>Select one or more images in the library and one or more nodes, then press Push (Ctrl+P), or drag the images onto a node.</source>
        <translation>Wählen Sie ein oder mehrere Images in der Bibliothek und einen oder mehrere Knoten und drücken Sie dann „Übertragen“ (Strg+P), oder ziehen Sie die Images auf einen Knoten.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="68"/>
        <source>GPU image on a node without a GPU</source>
        <translation>GPU-Image auf einem Knoten ohne GPU</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="91"/>
        <source>Cannot sync</source>
        <translation>Synchronisieren nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="92"/>
        <source>This window is not connected to a job runner (a test or screenshot build). Start fleet-commander normally to sync images.</source>
        <translation>Dieses Fenster ist mit keinem Auftragsausführer verbunden (Test- oder Screenshot-Modus). Starten Sie fleet-commander normal, um Images zu synchronisieren.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="101"/>
        <source>Cannot push</source>
        <translation>Übertragen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="102"/>
        <source>This window is not connected to a job runner (a test or screenshot build). Start fleet-commander normally to push images.</source>
        <translation>Dieses Fenster ist mit keinem Auftragsausführer verbunden (Test- oder Screenshot-Modus). Starten Sie fleet-commander normal, um Images zu übertragen.</translation>
    </message>
</context>
<context>
    <name>fleet::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="15"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="19"/>
        <source>&amp;Stores</source>
        <translation>&amp;Speicher</translation>
    </message>
</context>
<context>
    <name>fleet::SifImageModel</name>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="92"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="94"/>
        <source>Registry partition %1: %2</source>
        <translation>Registry-Partition %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="110"/>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="111"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="111"/>
        <source>signed (not verified)</source>
        <translation>signiert (nicht geprüft)</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="119"/>
        <source>%1
sha256 %2
%3</source>
        <translation>%1
sha256 %2
%3</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="120"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="134"/>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="136"/>
        <source>Arch</source>
        <translation>Arch.</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="138"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="140"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="142"/>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>fleet::SifPane</name>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="55"/>
        <source>Choose registry folder…</source>
        <translation>Registry-Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="57"/>
        <source>The folder that holds images/&lt;partition&gt;/*.sif (local disk or an NFS/CephFS mount)</source>
        <translation>Der Ordner mit images/&lt;partition&gt;/*.sif (lokale Platte oder ein NFS/CephFS-Mount)</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="58"/>
        <source>Rescan</source>
        <translation>Neu suchen</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="59"/>
        <source>Scan the registry again (unchanged files are not hashed again)</source>
        <translation>Die Registry erneut durchsuchen (unveränderte Dateien werden nicht erneut gehasht)</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="67"/>
        <source>Apptainer images by partition</source>
        <translation>Apptainer-Images nach Partition</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="68"/>
        <source>Drag an image onto node tiles to copy it into their Apptainer cache</source>
        <translation>Ziehen Sie ein Image auf Knotenkacheln, um es in deren Apptainer-Cache zu kopieren</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="76"/>
        <location filename="../ui/sif/SifPane.cpp" line="80"/>
        <source>Job templates</source>
        <translation>Auftragsvorlagen</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="110"/>
        <location filename="../ui/sif/SifPane.cpp" line="120"/>
        <source>No registry folder chosen</source>
        <translation>Kein Registry-Ordner gewählt</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="129"/>
        <source>Choose the registry folder (images/&lt;partition&gt;/*.sif) to see its Apptainer images.</source>
        <translation>Wählen Sie den Registry-Ordner (images/&lt;partition&gt;/*.sif), um seine Apptainer-Images zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sif/SifPane.cpp" line="156"/>
        <source>%n file(s) flagged: they are never synced.</source>
        <translation>
            <numerusform>%n Datei markiert: Sie wird nie synchronisiert.</numerusform>
            <numerusform>%n Dateien markiert: Sie werden nie synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="181"/>
        <source>Apptainer registry folder</source>
        <translation>Apptainer-Registry-Ordner</translation>
    </message>
</context>
<context>
    <name>fleet::SifTemplateModel</name>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="39"/>
        <source>%1  [%2]  %3 · %4 CPU%5</source>
        <translation>%1  [%2]  %3 · %4 CPU%5</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="39"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="39"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="41"/>
        <source> · %1 GPU</source>
        <translation> · %1 GPU</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="45"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="46"/>
        <source>%1
Available: %2</source>
        <translation>%1
Verfügbar: %2</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="47"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>fleet::StoreArchiveModel</name>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="71"/>
        <source>In the store %1 (%2)</source>
        <translation>Im Speicher %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="75"/>
        <source>sha256:%1</source>
        <translation>sha256:%1</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="77"/>
        <source>Image ID %1</source>
        <translation>Image-ID %1</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="79"/>
        <source>Stored %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="80"/>
        <source>Drag onto a node to push it from the store.</source>
        <translation>Auf einen Knoten ziehen, um es aus dem Speicher zu übertragen.</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="84"/>
        <source>Archive %1 in %2, %3</source>
        <translation>Archiv %1 in %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="104"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="106"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="108"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="110"/>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="112"/>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
</context>
<context>
    <name>fleet::StoreEditDialog</name>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="41"/>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="43"/>
        <source>e.g. team-archives</source>
        <translation>z. B. team-archives</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="46"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="47"/>
        <source>S3 bucket</source>
        <translation>S3-Bucket</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="48"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="64"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="66"/>
        <source>List the store with these settings and say how many archives it holds</source>
        <translation>Den Speicher mit diesen Einstellungen auflisten und sagen, wie viele Archive er enthält</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="71"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="72"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="106"/>
        <source>/srv/image-archives</source>
        <translation>/srv/image-archives</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="107"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="109"/>
        <source>Folder of archives</source>
        <translation>Ordner mit Archiven</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="118"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="125"/>
        <source>http://127.0.0.1:9000 (empty: AWS)</source>
        <translation>http://127.0.0.1:9000 (leer: AWS)</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="126"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="127"/>
        <source>optional, e.g. team/</source>
        <translation>optional, z. B. team/</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="132"/>
        <source>Credentials: saved in the keychain. Type new ones to replace them.</source>
        <translation>Zugangsdaten: im Schlüsselbund gespeichert. Geben Sie neue ein, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="137"/>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="138"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="139"/>
        <source>&amp;Prefix:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="140"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="141"/>
        <source>&amp;Access key ID:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="142"/>
        <source>&amp;Secret key:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="150"/>
        <source>host:port, e.g. 127.0.0.1:5000</source>
        <translation>host:port, z. B. 127.0.0.1:5000</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="151"/>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="152"/>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="307"/>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="308"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="154"/>
        <source>Login: saved in the keychain. Type a new one to replace it.</source>
        <translation>Anmeldung: im Schlüsselbund gespeichert. Geben Sie eine neue ein, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="159"/>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="160"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="161"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="279"/>
        <source>Give the store a name.</source>
        <translation>Geben Sie dem Speicher einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="281"/>
        <source>A store name is one line of at most 64 characters.</source>
        <translation>Ein Speichername ist eine Zeile mit höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="283"/>
        <source>Another store is already called %1.</source>
        <translation>Ein anderer Speicher heißt bereits %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="285"/>
        <source>Choose the folder of archives.</source>
        <translation>Wählen Sie den Ordner der Archive.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="286"/>
        <source>Name the bucket.</source>
        <translation>Nennen Sie den Bucket.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="287"/>
        <source>Name the registry as host:port.</source>
        <translation>Nennen Sie die Registry als host:port.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="292"/>
        <source>Type both the access key ID and the secret key (or neither).</source>
        <translation>Geben Sie sowohl die Zugriffsschlüssel-ID als auch den geheimen Schlüssel ein (oder keines von beiden).</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="293"/>
        <source>Type both the user and the password (or neither).</source>
        <translation>Geben Sie sowohl den Benutzer als auch das Passwort ein (oder keines von beiden).</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="304"/>
        <source>saved in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="331"/>
        <source>Listing %1…</source>
        <translation>%1 wird aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/StoreEditDialog.cpp" line="340"/>
        <source>The store answered: %n archive(s) in %1.</source>
        <translation>
            <numerusform>Der Speicher antwortete: %n Archiv in %1.</numerusform>
            <numerusform>Der Speicher antwortete: %n Archive in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::StoreOperations</name>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="48"/>
        <source>Putting %1 into %2</source>
        <translation>%1 wird in %2 abgelegt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/StoreOperations.cpp" line="61"/>
        <source>Delete %1 from the store %2? The archive is gone for everyone who uses this store.</source>
        <translation>
            <numerusform>%1 aus dem Speicher %2 löschen? Das Archiv ist für alle weg, die diesen Speicher nutzen.</numerusform>
            <numerusform>%1 aus dem Speicher %2 löschen? Die Archive sind für alle weg, die diesen Speicher nutzen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="65"/>
        <source>Delete from store</source>
        <translation>Aus Speicher löschen</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="71"/>
        <source>Deleting %1 from %2</source>
        <translation>%1 wird aus %2 gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="86"/>
        <source>Copying %1 from %2 to %3</source>
        <translation>%1 wird von %2 nach %3 kopiert</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="130"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>fleet::StorePane</name>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="30"/>
        <source>Archives in the store %1</source>
        <translation>Archive im Speicher %1</translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="31"/>
        <source>Drag archives onto a node to push them from the store %1.</source>
        <translation>Ziehen Sie Archive auf einen Knoten, um sie aus dem Speicher %1 zu übertragen.</translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="41"/>
        <source>Reading the store %1</source>
        <translation>Der Speicher %1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="106"/>
        <source>This store holds no archives yet. Right-click an image of this workstation: Put into store.</source>
        <translation>Dieser Speicher enthält noch keine Archive. Rechtsklick auf ein Image dieses Arbeitsplatzes: In Speicher ablegen.</translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="108"/>
        <source>No archive matches the search.</source>
        <translation>Kein Archiv passt zur Suche.</translation>
    </message>
</context>
<context>
    <name>fleet::StoresSettingsPage</name>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="31"/>
        <source>Stores keep image archives between builds and deployments: a folder, an S3 bucket or a registry. They show in the library beside this workstation&apos;s images. fleetctl uses the same list (fleetctl store …).</source>
        <translation>Speicher bewahren Image-Archive zwischen Builds und Auslieferungen auf: ein Ordner, ein S3-Bucket oder eine Registry. Sie erscheinen in der Bibliothek neben den Images dieses Arbeitsplatzes. fleetctl verwendet dieselbe Liste (fleetctl store …).</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="39"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="39"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="42"/>
        <source>Configured stores</source>
        <translation>Konfigurierte Speicher</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="44"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="46"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="48"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="50"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="52"/>
        <source>List the selected store and say how many archives it holds</source>
        <translation>Den ausgewählten Speicher auflisten und sagen, wie viele Archive er enthält</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="117"/>
        <source>new, saved in the keychain with OK</source>
        <translation>neu, mit OK im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="119"/>
        <source>saved in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="121"/>
        <source>none (or from the environment)</source>
        <translation>keine (oder aus der Umgebung)</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="148"/>
        <source>Add a store</source>
        <translation>Speicher hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="148"/>
        <source>Edit the store %1</source>
        <translation>Den Speicher %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="198"/>
        <source>The credentials of %1 could not be saved in the keychain: %2</source>
        <translation>Die Zugangsdaten von %1 konnten nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="238"/>
        <source>Listing %1…</source>
        <translation>%1 wird aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="245"/>
        <source>%1 answered: %n archive(s).</source>
        <translation>
            <numerusform>%1 antwortete: %n Archiv.</numerusform>
            <numerusform>%1 antwortete: %n Archive.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="247"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
<context>
    <name>fleet::ThroughputChart</name>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="16"/>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="18"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="20"/>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="22"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="24"/>
        <source>Run</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="26"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="43"/>
        <source>s since the stage started</source>
        <translation>s seit Beginn der Phase</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="46"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="52"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="53"/>
        <source>Bytes per second of each stage over time</source>
        <translation>Bytes pro Sekunde jeder Phase im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="56"/>
        <source>Select a job to see its throughput.</source>
        <translation>Wählen Sie einen Auftrag, um seinen Durchsatz zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="93"/>
        <source>%1: no bytes moved yet</source>
        <translation>%1: noch keine Bytes bewegt</translation>
    </message>
</context>
<context>
    <name>fleet::TileActivity</name>
    <message>
        <location filename="../ui/fleet/TileActivity.cpp" line="25"/>
        <source>%1 · queued</source>
        <translation>%1 · wartet</translation>
    </message>
    <message>
        <location filename="../ui/fleet/TileActivity.cpp" line="27"/>
        <source>%1 · %2 %3 %</source>
        <translation>%1 · %2 %3 %</translation>
    </message>
    <message>
        <location filename="../ui/fleet/TileActivity.cpp" line="28"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
</TS>
