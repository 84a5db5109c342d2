<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgentLifecycle</name>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="76"/>
        <source>%1: the agent is installed but does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="88"/>
        <source>no agent token for %1:%2 is recorded on this workstation; install the agent from here to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="114"/>
        <source>the agent is installed, but the node probe failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="123"/>
        <source>the node probe was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="136"/>
        <source>the history was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerLogs</name>
    <message>
        <location filename="../core/actions/ContainerLogs.cpp" line="84"/>
        <source>the number of lines to show must be from 0 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/ContainerLogs.cpp" line="88"/>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/ContainerLogs.cpp" line="173"/>
        <source>docker logs %1</source>
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
        <translation>
            <numerusform>%1: %n key removed from %2</numerusform>
            <numerusform>%1: %n keys removed from %2</numerusform>
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
    <name>ImageSync</name>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="15"/>
        <source>%1: name the tag to sync (app:1.2.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="20"/>
        <source>sync needs a group (--to GROUP) or nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/ImageSync.cpp" line="71"/>
        <source>%1 goes to %n node(s) that lack it: %2</source>
        <translation>
            <numerusform>%1 goes to %n node that lack it: %2</numerusform>
            <numerusform>%1 goes to %n nodes that lack it: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="74"/>
        <source>nothing to do: every node asked holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="77"/>
        <source> (not asked: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeContainers</name>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="148"/>
        <source>&quot;%1&quot; is not a container name or ID: docker names are letters, digits and _ . - (starting with a letter or digit), IDs are hex. `fleetctl containers NODE --all` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="271"/>
        <source>%1: there is no container &quot;%2&quot; on the node. `fleetctl containers %1 --all` lists its containers (so does Containers and logs… on its tile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="274"/>
        <source>%1: container &quot;%2&quot; is running, so it was not removed. Stop it first, or remove it anyway with `fleetctl rm %1 %2 --force`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="293"/>
        <source>listing the containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="298"/>
        <source>%1: the node lists more containers than Fleet Commander reads (over %2 MiB of answers); remove stopped ones there (docker container prune).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="335"/>
        <source>docker %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeGroups</name>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="52"/>
        <source>&quot;%1&quot; is not a group name: use 1 to 63 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;, starting with a letter or digit (gpu, arch:aarch64, site-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="96"/>
        <source>architecture %1 reported by the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="98"/>
        <source>a GPU reported by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="99"/>
        <source>operating system reported by the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="130"/>
        <source>group %1 has no nodes: add some with `fleetctl group add %1 NODE...` (fleetctl groups lists the groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="195"/>
        <source>%1: name the tag a group should hold (app:1.2.0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeIdentities</name>
    <message>
        <location filename="../core/actions/NodeIdentities.cpp" line="29"/>
        <source>%1 is not a readable key file: choose the private key (e.g. ~/.ssh/id_ed25519).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeImageReader</name>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="110"/>
        <source>the agent refused the images request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="114"/>
        <source>the agent cannot ask docker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="130"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="132"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="149"/>
        <source>listing the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="153"/>
        <source>%1: the node lists more images than Fleet Commander reads (over %2 MiB); clean it up first (fleetctl prune).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="170"/>
        <location filename="../core/actions/NodeImageReader.cpp" line="190"/>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="178"/>
        <source>no agent token is recorded on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeProbe</name>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="96"/>
        <source>%1: the node probe gave no answer (exit %2): %3. The node needs a POSIX sh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="126"/>
        <source>the SSH user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="129"/>
        <source>%1: podman is installed but does not answer (%2). Check `podman info` there as %3, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="132"/>
        <source>%1: docker is not installed on the node (no docker or podman on %2&apos;s PATH). Install Docker (or podman) there, or connect as a user whose PATH has it, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="138"/>
        <source>%1: the Docker daemon on the node is not running (%2). Start it there (systemctl start docker) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="142"/>
        <source>%1: %2 may not use docker there (%3)%4. Nothing was sent. Either add %2 to the group of the node&apos;s Docker socket (`sudo usermod -aG docker %2`, then log in again), or allow docker through sudo without a password (a sudoers line: `%2 ALL=(root) NOPASSWD: %5`), or connect as another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="147"/>
        <source>; `sudo -n docker` was refused too (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="148"/>
        <source>; the node has no sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="151"/>
        <source>%1: the node&apos;s %2 cannot be used (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeProbing</name>
    <message>
        <location filename="../core/actions/NodeProbing.cpp" line="36"/>
        <source>%1: the node probe gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeProbing.cpp" line="50"/>
        <source>no node to probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodeProbing.cpp" line="62"/>
        <source>%1: not probed (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodePrune</name>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="192"/>
        <source>&quot;%1&quot; is neither a configured store (fleetctl stores lists them) nor a STORE-URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="277"/>
        <source>listing the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="281"/>
        <source>%1: the node lists more images than fleetctl reads (over %2 MiB of answers); clean it up by hand first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="291"/>
        <source>listing the containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="342"/>
        <source>listing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="346"/>
        <source>store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="362"/>
        <source>store %1 was left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="380"/>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="384"/>
        <source>asking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="419"/>
        <source>%1: cancelled before removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="423"/>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="449"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="453"/>
        <source>a container uses it now (%1); kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="455"/>
        <source>it is tagged now (%1); kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="457"/>
        <location filename="../core/actions/NodePrune.cpp" line="467"/>
        <source>removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/NodePrune.cpp" line="483"/>
        <source>%1: %n image(s) could not be removed</source>
        <translation>
            <numerusform>%1: %n image could not be removed</numerusform>
            <numerusform>%1: %n images could not be removed</numerusform>
        </translation>
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
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/PushPreflight.cpp" line="49"/>
        <source>%1 needs a GPU, but the agent on %2 reports none.</source>
        <translation>
            <numerusform>%1 needs a GPU, but the agent on %2 reports none.</numerusform>
            <numerusform>%1 needs a GPU, but the agent on %2 reports none.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/actions/PushPreflight.cpp" line="54"/>
        <source>Its containers will not find a GPU there: push to nodes with a GPU, or install the GPU and its driver on those nodes first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/shell/InventoryWiring.cpp" line="13"/>
        <source>&amp;Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="33"/>
        <source>SSH &amp;identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="35"/>
        <source>The private key this node is reached with: its own, or its group&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="49"/>
        <source>ssh&apos;s defaults (agent, ~/.ssh/id_*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="55"/>
        <source>&amp;Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="57"/>
        <source>Put the selected nodes into groups (targets of push, prune, sync, inventory)</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>SifCache</name>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="75"/>
        <source>not hashed on the node (unreadable, or past the listing&apos;s bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="83"/>
        <source>differs from the registry&apos;s %1/%2 (sha256 %3 there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="87"/>
        <source>not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="119"/>
        <source>listing the cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="136"/>
        <source>removing stale images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SifGpg</name>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="72"/>
        <source>GnuPG is not usable (%1): install Debian&apos;s gnupg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="76"/>
        <source>cannot make a temporary GnuPG home: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="80"/>
        <location filename="../core/sif/SifGpg.cpp" line="112"/>
        <source>GPGME: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="87"/>
        <source>GPGME: cannot use the home %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="102"/>
        <location filename="../core/sif/SifGpg.cpp" line="116"/>
        <source>keyring %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="106"/>
        <source>keyring %1 is %2 bytes, more than a key file holds (16 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="123"/>
        <source>keyring %1 holds no OpenPGP public key (export one with `gpg --export --armor KEY &gt; FILE`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="143"/>
        <source>GPGME: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="148"/>
        <source>not an OpenPGP clear signature (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="156"/>
        <source>the signature object holds no OpenPGP signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="164"/>
        <source>signed by an unknown key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="168"/>
        <source>bad signature: the signed text does not match the signature (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="172"/>
        <source>signature by key %1 not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SifRegistry</name>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="95"/>
        <source>&quot;%1&quot; is not a partition name (1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; not starting with &apos;.&apos; or &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="106"/>
        <source>&quot;%1&quot; is not a usable image file name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;, ending in .sif, not starting with &apos;.&apos; or &apos;-&apos;): rename the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="152"/>
        <source>%1: no such registry folder. Choose the folder that holds images/&lt;partition&gt;/*.sif (fleetctl sif … --registry DIR, or Choose registry folder… in the library&apos;s Apptainer tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="200"/>
        <source>reading it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="234"/>
        <source>&quot;%1&quot; is not a partition of this registry (%2). Configure it in Settings (sif/partitions) or pick one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="246"/>
        <source>%1: the registry metadata cannot be written (%2); every file is hashed on each scan. Make the folder writable for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="248"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="265"/>
        <location filename="../core/sif/SifRegistry.cpp" line="271"/>
        <source>the scan was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="286"/>
        <source>the file is gone from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="309"/>
        <source>&quot;%1&quot; is not a partition of this registry (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="317"/>
        <source>%1 is not in the registry&apos;s %2 partition (%3): no such file. `fleetctl sif list --registry %4` shows what is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="327"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="333"/>
        <source>%1/%2 is flagged %3: %4. It is not synced; replace the file and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SifSyncRequest</name>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="18"/>
        <source>cache folder &quot;%1&quot; is not an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos; (e.g. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="26"/>
        <source>No registry was given: name the registry folder (--registry DIR or Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="32"/>
        <source>&quot;%1&quot; is not a partition of the registry (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="37"/>
        <source>No node was given: name at least one node to sync to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="41"/>
        <source>&quot;%1&quot; is not a valid node (expected host, host:port or user@host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="63"/>
        <source>The %1 partition of %2 holds no .sif image (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SifTemplate</name>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="20"/>
        <source>&quot;id&quot; must be 1-128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (it is &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="24"/>
        <source>template %1 names no &quot;image&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="38"/>
        <source>template %1: cpus and gpus cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="50"/>
        <location filename="../core/sif/SifTemplate.cpp" line="62"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="56"/>
        <source>%1: not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="105"/>
        <source>Image &quot;%1&quot; is available in %2 partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="113"/>
        <source>Image &quot;%1&quot; is not in the %2 partition (it is in %3): move it or change the template&apos;s partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="116"/>
        <source>Image &quot;%1&quot; is in the registry but flagged (corrupt or unreadable): replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="119"/>
        <source>Image &quot;%1&quot; not found in registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SifVerify</name>
    <message numerus="yes">
        <location filename="../core/sif/SifVerify.cpp" line="37"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="79"/>
        <source>hash type %1 of signature %2 is not supported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="92"/>
        <source>signature %1 signs %2 %3, which the image does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="94"/>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="94"/>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="108"/>
        <source>objects %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="111"/>
        <source>the data of object(s) %1 changed since signature %2 was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="120"/>
        <source>signature %1 holds image metadata but is linked to object %2, not to a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="130"/>
        <source>the header (launch script, magic, version or image ID) changed since signature %1 was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="135"/>
        <source>signature %1 signs group %2, which the image does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="148"/>
        <source>object %1 was added to group %2 after signature %3 was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="157"/>
        <source>the descriptor of object %1 (type, link, size, time, name or type fields) changed since signature %2 was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="163"/>
        <source>object %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="166"/>
        <source>the data of object %1 changed since signature %2 was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="171"/>
        <source>object %1, signed by signature %2, is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="186"/>
        <source>%1
Nothing was verified: the file is not a SIF image this reader accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="193"/>
        <location filename="../core/sif/SifVerify.cpp" line="305"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="244"/>
        <source>made by key %1, but the descriptor names key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="253"/>
        <source>signature %1 is not an OpenPGP clear signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="272"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="283"/>
        <location filename="../core/sif/SifVerify.cpp" line="288"/>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="284"/>
        <source>not covered: legacy signatures cover object data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="285"/>
        <location filename="../core/sif/SifVerify.cpp" line="288"/>
        <source>no valid signature covers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="303"/>
        <source>%1: intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="306"/>
        <source>%1: FAILED — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="313"/>
        <source>%1: not signed — nothing vouches for who made it or that it is unchanged. Use images from a source you trust, or sign it (apptainer sign) and verify it with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sif/SifVerify.cpp" line="318"/>
        <source>%1: %n signature(s)</source>
        <translation>
            <numerusform>%1: %n signature</numerusform>
            <numerusform>%1: %n signatures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="320"/>
        <source>signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="322"/>
        <source>signed by an unknown key %1: it is not in the keyring %2. If you trust it, add its public key to that file (gpg --export --armor %1 &gt;&gt; FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="327"/>
        <source>signature %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="333"/>
        <source>signatures not checked: no keyring was given (--keyring FILE with the signer&apos;s public key); the image names key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="335"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="337"/>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="338"/>
        <source>descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="339"/>
        <source>objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="341"/>
        <source>object(s) %1 are covered by no signature: they may have been added after signing; sign every group (apptainer sign) before trusting the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="347"/>
        <source>The image was modified after it was signed: do not use it; fetch it again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="350"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="53"/>
        <source>%1 cannot be opened as a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="88"/>
        <source>%1 stored in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="101"/>
        <source>%1 removed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="115"/>
        <source>%1 loaded from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="124"/>
        <source>%1 is already in %2: choose another store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="131"/>
        <source>&quot;%1&quot; is not a tagged image reference (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="132"/>
        <source>a tag is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="179"/>
        <source>%1 copied from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="182"/>
        <source>The local engine could not be restored as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::BatchNotifications</name>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="68"/>
        <source>%1: failed on %n node(s)</source>
        <translation>
            <numerusform>%1: failed on %n node</numerusform>
            <numerusform>%1: failed on %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/BatchNotifications.cpp" line="70"/>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="71"/>
        <source>%1: done on %n node(s)</source>
        <translation>
            <numerusform>%1: done on %n node</numerusform>
            <numerusform>%1: done on %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="78"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="80"/>
        <source>%n already had it</source>
        <translation>
            <numerusform>%n already had it</numerusform>
            <numerusform>%n already had it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="82"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="84"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::BuildDialog</name>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="30"/>
        <source>Build image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="35"/>
        <source>Definition folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="36"/>
        <source>A folder with a Dockerfile and image.json, or a folder of such folders (each is built in turn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="38"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="39"/>
        <source>Choose the definition folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="53"/>
        <location filename="../ui/library/BuildDialog.cpp" line="174"/>
        <source>Build arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="53"/>
        <source>One KEY=VALUE per line, as docker build --build-arg. Not remembered: they may hold secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="56"/>
        <location filename="../ui/library/BuildDialog.cpp" line="160"/>
        <location filename="../ui/library/BuildDialog.cpp" line="175"/>
        <source>Context files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="56"/>
        <source>One NAME=PATH per line: a file of this computer added to the build context under NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="62"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="63"/>
        <source>Build &amp;arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="64"/>
        <source>Conte&amp;xt files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="69"/>
        <source>Build progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="72"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="77"/>
        <source>Build log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="85"/>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="87"/>
        <source>&amp;Cancel build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="159"/>
        <source>%1, line %2: &quot;%3&quot; is not NAME=VALUE. Write one pair per line, e.g. %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="182"/>
        <source>Image definition folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="210"/>
        <source>Building every definition in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="212"/>
        <location filename="../ui/library/BuildDialog.cpp" line="233"/>
        <source>Sending the context…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="213"/>
        <source>Building in the local Docker Engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="225"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="231"/>
        <source>Definition %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="240"/>
        <source>Step %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="260"/>
        <source>Built %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="263"/>
        <source>Built, but not recorded in the catalog %1: %2. The library shows the image&apos;s labels instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::BuildLauncher</name>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="22"/>
        <source>Image built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="23"/>
        <source>%1 is in the library: drag it onto a node to push it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="32"/>
        <source>Build of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="42"/>
        <source>Building is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="43"/>
        <source>This window is not connected to a Docker Engine (a test or screenshot build). Start fleet-commander normally, or use `fleetctl build DIR`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::DesktopSession</name>
    <message>
        <location filename="../ui/shell/DesktopSession.cpp" line="106"/>
        <source>Agent installed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/DesktopSession.cpp" line="111"/>
        <source>Cannot install the agent on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::DiscoveryDialog</name>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="41"/>
        <source>Scan for nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="45"/>
        <source>One per line: 192.168.1.0/24, 10.0.0.5-40, host, user@host:2222</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="46"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="47"/>
        <source>Networks (CIDR), address ranges and hosts to probe for SSH and the Fleet Agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="49"/>
        <source>Hosts from ~/.ssh/&amp;config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="50"/>
        <source>Hosts from ~/.ssh/&amp;known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="51"/>
        <source>Neighbours from the &amp;ARP table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="52"/>
        <source>&amp;Inventory file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="54"/>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="123"/>
        <source>Inventory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="55"/>
        <source>An Ansible-style inventory (INI or YAML) listing hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="58"/>
        <source>Choose the inventory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="59"/>
        <source>Choose inventory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="63"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="64"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="65"/>
        <source>How long to wait for each address to answer. Raise it for slow or distant networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="66"/>
        <source>&amp;Probe nodes that answer SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="67"/>
        <source>After the scan, log in to every node that answered SSH and record what it runs (runtime, access, free space), as Probe does; nodes whose host key is not trusted yet are reported, not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="71"/>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="80"/>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="82"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="83"/>
        <source>Stop the scan; nodes found so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="91"/>
        <source>&amp;Targets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="96"/>
        <source>Time&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="262"/>
        <source>Nothing to scan: type a network such as 192.168.1.0/24, or tick a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="269"/>
        <source>Reading targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="286"/>
        <source>Probing %Ln node(s) that answer SSH…</source>
        <translation>
            <numerusform>Probing %Ln node that answer SSH…</numerusform>
            <numerusform>Probing %Ln nodes that answer SSH…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="303"/>
        <source>Probing %Ln address(es)…</source>
        <translation>
            <numerusform>Probing %Ln address…</numerusform>
            <numerusform>Probing %Ln addresses…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="315"/>
        <source>Probed %1 of %Ln address(es), found %2.</source>
        <translation>
            <numerusform>Probed %1 of %Ln address, found %2.</numerusform>
            <numerusform>Probed %1 of %Ln addresses, found %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="355"/>
        <source>Stopped after %1 of %Ln address(es); found %2.</source>
        <translation>
            <numerusform>Stopped after %1 of %Ln address; found %2.</numerusform>
            <numerusform>Stopped after %1 of %Ln addresses; found %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="356"/>
        <source>Probed %1 of %Ln address(es) in %3 s; found %2.</source>
        <translation>
            <numerusform>Probed %1 of %Ln address in %3 s; found %2.</numerusform>
            <numerusform>Probed %1 of %Ln addresses in %3 s; found %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="374"/>
        <source>Probed %Ln node(s) over SSH: %1 can take images.</source>
        <translation>
            <numerusform>Probed %Ln node over SSH: %1 can take images.</numerusform>
            <numerusform>Probed %Ln nodes over SSH: %1 can take images.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="346"/>
        <source>Scan stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::DiscoveryLauncher</name>
    <message>
        <location filename="../ui/discovery/DiscoveryLauncher.cpp" line="44"/>
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
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="37"/>
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln node</numerusform>
            <numerusform>%Ln nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="42"/>
        <source>%Ln job(s) running</source>
        <translation>
            <numerusform>%Ln job running</numerusform>
            <numerusform>%Ln jobs running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="44"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
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
    <name>fleet::GroupsDialog</name>
    <message numerus="yes">
        <location filename="../ui/fleet/GroupsDialog.cpp" line="36"/>
        <source>Groups of %n node(s)</source>
        <translation>
            <numerusform>Groups of %n node</numerusform>
            <numerusform>Groups of %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="37"/>
        <source>gpu, site-2, arch:aarch64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="38"/>
        <source>The groups these nodes belong to, separated by commas. A group is a target of push, prune, sync and inventory (@GROUP in fleetctl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="46"/>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="47"/>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="82"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::HistoryJobsModel</name>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="74"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="76"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="78"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="80"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="82"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="84"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="86"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="88"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="90"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::HistoryNodesModel</name>
    <message numerus="yes">
        <location filename="../ui/history/HistoryNodesModel.cpp" line="50"/>
        <source>%Ln stage(s) succeeded; average %1, longest %2</source>
        <translation>
            <numerusform>%Ln stage succeeded; average %1, longest %2</numerusform>
            <numerusform>%Ln stages succeeded; average %1, longest %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="52"/>
        <source>No %1 stage succeeded on this node yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="55"/>
        <source>Jobs that failed because the node did not answer or its host key was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="57"/>
        <source>Extra attempts stages needed after a transient SSH failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="93"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="95"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="97"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="99"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="101"/>
        <source>SSH failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="103"/>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="105"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="107"/>
        <source>Avg. archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="109"/>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="111"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="113"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="115"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="117"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="119"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="121"/>
        <source>Last push</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="74"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="76"/>
        <source>Probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="78"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="88"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="90"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::HistoryStagesModel</name>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="39"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="59"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="61"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="63"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="65"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="67"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="69"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="71"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="55"/>
        <source>Search by image or node (starts with)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="57"/>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="58"/>
        <source>Jobs whose image or node starts with this text; scans whose targets contain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="60"/>
        <source>Job state filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="61"/>
        <source>Show only jobs in one state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="62"/>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="67"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="68"/>
        <source>Read the history again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="69"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="70"/>
        <source>Write the jobs the filter selects to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="72"/>
        <source>Job history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="75"/>
        <source>Scan history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="76"/>
        <source>Pushes per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="77"/>
        <source>Per node: jobs, failures, SSH trouble, bytes sent and the average time of each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="78"/>
        <source>Stages of the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="79"/>
        <location filename="../ui/history/HistoryView.cpp" line="195"/>
        <source>Select a job to see its stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="85"/>
        <source>Job log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="105"/>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="106"/>
        <source>S&amp;cans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="107"/>
        <source>&amp;Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/HistoryView.cpp" line="143"/>
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln job</numerusform>
            <numerusform>%Ln jobs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="194"/>
        <source>Select a job to see its throughput.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="227"/>
        <source>Job %1: %2 to %3, %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="249"/>
        <source>Export job history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="250"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="259"/>
        <source>No history database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="284"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="289"/>
        <source>No throughput samples for this job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::HostKeyActions</name>
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
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="85"/>
        <source>Unknown host key: %1</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="99"/>
        <source>Trust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="134"/>
        <source>Host key of %1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="135"/>
        <source>The push is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="141"/>
        <source>Cannot trust the host key of %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="68"/>
        <source>Needs a GPU on the node.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="79"/>
        <source>, needs a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="105"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="107"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="111"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="113"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::InventoryModel</name>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="67"/>
        <source>%1 lacks %2, which group %3 should hold.
Fix: Sync missing, or %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="69"/>
        <source>%1 holds %2, older than the catalog&apos;s %3.
Fix: Sync missing, or %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="95"/>
        <source>asked through its Fleet Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="96"/>
        <source>asked over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="99"/>
        <source>agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::InventoryView</name>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="23"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="24"/>
        <source>&amp;Sync missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="32"/>
        <source>Ask every known node which images it holds (its agent where it runs, SSH elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="33"/>
        <source>Push what the drift shows missing or outdated, to exactly the nodes concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="80"/>
        <source>The inventory is not available in this window (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="97"/>
        <source>No nodes known yet: scan for some first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="134"/>
        <source>Nothing to sync: no node lacks what its groups want or holds an older tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventory/InventoryView.cpp" line="139"/>
        <source>%n push(es) started; the columns refresh as each one succeeds.</source>
        <translation>
            <numerusform>%n push started; the columns refresh as each one succeeds.</numerusform>
            <numerusform>%n pushes started; the columns refresh as each one succeeds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="149"/>
        <location filename="../ui/inventory/InventoryView.cpp" line="153"/>
        <source>Asking the nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="154"/>
        <source>Press Refresh to see which node holds which image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="160"/>
        <source>%1, %2; drift: %3 missing, %4 outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventory/InventoryView.cpp" line="161"/>
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln node</numerusform>
            <numerusform>%Ln nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventory/InventoryView.cpp" line="162"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::JobAlerts</name>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="34"/>
        <source>Push to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="36"/>
        <source>%1 could not be pushed; see History for the stage that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="42"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::JobRunner</name>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="59"/>
        <source>No node was given: name at least one node to push to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="62"/>
        <source>No archive was given: name a docker-save archive file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="64"/>
        <source>An archive push names its images in the archive; drop the image name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="68"/>
        <source>%1: no such file. Name an existing docker-save archive (docker save -o FILE IMAGE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="71"/>
        <source>%1 is not a readable file: name a docker-save archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="76"/>
        <source>No store was given: name the STORE-URL the image is kept in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="79"/>
        <source>No image was given: name an image of %1 (fleetctl store list %1 shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="82"/>
        <source>A store push has no archive file; &quot;%1&quot; would be ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="84"/>
        <source>A direct download needs an S3 store (nodes fetch from it by a presigned link); %1 is not one. Use --via relay or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="91"/>
        <source>&quot;%1&quot; is neither an archive name (%2) nor a tagged image reference (IMAGE:TAG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="99"/>
        <source>No image was given: name an image of the local engine or a docker-save archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="101"/>
        <source>An image push has no archive file; &quot;%1&quot; would be ignored. Push the archive as an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="111"/>
        <source>request id &quot;%1&quot; is not 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="115"/>
        <source>&quot;%1&quot; is not a valid node (expected host, host:port or user@host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="119"/>
        <source>&quot;%1&quot; is not a valid container name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="122"/>
        <source>restart policy &quot;%1&quot; is not one of no, always, unless-stopped, on-failure[:N].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="127"/>
        <source>port mapping &quot;%1&quot; is not HOST:CONTAINER[/PROTO].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="132"/>
        <source>environment entry &quot;%1&quot; is not KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="134"/>
        <source>&quot;%1&quot; is not a valid network name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="136"/>
        <source>a CPU limit of %1 is not between 0 (no limit) and 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="139"/>
        <source>a memory limit of %1 bytes is below Docker&apos;s minimum of 6m (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="142"/>
        <source>a health timeout of %1 s is not between 1 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="144"/>
        <source>--force-gpu runs a GPU image where no GPU shows; it means nothing with --no-gpu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="148"/>
        <source>label &quot;%1&quot; is not KEY=VALUE (a key of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="150"/>
        <source>label &quot;%1&quot;: io.fleetcommander.* labels are the fleet&apos;s own (who deployed what, when); choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="155"/>
        <source>limits, GPU use and labels set up the container of the run stage: enable it (--run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="229"/>
        <source>No store was given: name a STORE-URL (dir:, s3://, registry://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="232"/>
        <source>A push is submitted as a push request, not a store verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="234"/>
        <source>No image was given: name at least one image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="238"/>
        <source>No target store was given for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="240"/>
        <source>%1 is both the source and the target: choose another store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="243"/>
        <source>An archive name is given to the put of one image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="449"/>
        <source>%1: cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::JobsModel</name>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="32"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="35"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="327"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="40"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="332"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="42"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="334"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="44"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="336"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="46"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="338"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="85"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="90"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="96"/>
        <source>%1 to %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="126"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="128"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="130"/>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="132"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="134"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="136"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="138"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="140"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="142"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="144"/>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="146"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="39"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="40"/>
        <source>One row per node of a push; a push to several nodes is one row to expand. Delete cancels the selected jobs, Ctrl+Shift+R retries them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="56"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="56"/>
        <source>Cancel the selected jobs (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="57"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="57"/>
        <source>Run the selected failed or cancelled jobs again (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="59"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="59"/>
        <source>Remove finished jobs from this list (they stay in History)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="66"/>
        <source>&lt;b&gt;Jobs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="124"/>
        <source>Push an image to see its throughput here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="132"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::JobsTrayIcon</name>
    <message numerus="yes">
        <location filename="../ui/shell/JobsTrayIcon.cpp" line="51"/>
        <source>Fleet Commander: %n job(s) running</source>
        <translation>
            <numerusform>Fleet Commander: %n job running</numerusform>
            <numerusform>Fleet Commander: %n jobs running</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/JobsTrayIcon.cpp" line="52"/>
        <source>Fleet Commander: no jobs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/JobsTrayIcon.cpp" line="54"/>
        <source>%n job(s) failed</source>
        <translation>
            <numerusform>%n job failed</numerusform>
            <numerusform>%n jobs failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::JobsTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="344"/>
        <source>%1 of %n node(s) done</source>
        <translation>
            <numerusform>%1 of %n node done</numerusform>
            <numerusform>%1 of %n nodes done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="345"/>
        <source>%1 of %n job(s) done</source>
        <translation>
            <numerusform>%1 of %n job done</numerusform>
            <numerusform>%1 of %n jobs done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="347"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="375"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="377"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="379"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="381"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="385"/>
        <source>%1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::LibraryPanel</name>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="30"/>
        <source>&lt;b&gt;Images&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="34"/>
        <source>Reload the images of the local Docker engine and the stores (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="35"/>
        <source>Reload images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="38"/>
        <source>Search images and archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="40"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="54"/>
        <source>Image library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="55"/>
        <source>Drag images onto a node to push them there; select several to push them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="77"/>
        <location filename="../ui/library/LibraryPanel.cpp" line="240"/>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="78"/>
        <source>The images of the local Docker engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="85"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="168"/>
        <source>The store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="240"/>
        <source>This workstation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="256"/>
        <source>&amp;Put into store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="274"/>
        <source>&amp;Copy to store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="281"/>
        <source>&amp;Delete from store…</source>
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
        <source>Clean &amp;up images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="36"/>
        <source>Remove images the selected nodes can load again from a store, and dangling ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="38"/>
        <source>Containers and &amp;logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="39"/>
        <source>The selected node&apos;s containers (stop, start, restart, remove) and their logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="41"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="42"/>
        <source>Cancel the selected jobs, or all running jobs when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="44"/>
        <source>&amp;Reload images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="45"/>
        <source>Read the local Docker engine&apos;s images and the stores&apos; archives again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="47"/>
        <source>Only &amp;not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="48"/>
        <source>Show only nodes where SSH works but the agent is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="51"/>
        <source>&amp;Confirm drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="52"/>
        <source>Ask for transfer mode and run options before each push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="54"/>
        <source>Desktop &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="55"/>
        <source>Tell the desktop when a push ends while the window is in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="58"/>
        <source>Show in the system &amp;tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="59"/>
        <source>An icon in the system tray that counts the running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="63"/>
        <source>&amp;Build image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="66"/>
        <source>Build an image definition folder in the local Docker Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="68"/>
        <source>&amp;Export history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="70"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="72"/>
        <source>&amp;Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="74"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="76"/>
        <source>&amp;Filter nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="79"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="83"/>
        <source>Stores and other settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="92"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="97"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="102"/>
        <source>F&amp;leet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="104"/>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="105"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="110"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="49"/>
        <source>Fleet Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="92"/>
        <source>Cannot read the last known fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="107"/>
        <source>Cannot read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="112"/>
        <source>History exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="113"/>
        <source>%n job(s) written to %1.</source>
        <translation>
            <numerusform>%n job written to %1.</numerusform>
            <numerusform>%n jobs written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="115"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="130"/>
        <source>Apptainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="131"/>
        <source>The Apptainer registry: .sif images by partition, job templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>&amp;Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="158"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="171"/>
        <source>Docker engine: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="172"/>
        <source>Docker engine status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="357"/>
        <source>Docker engine not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="359"/>
        <source>Cannot list the local images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="378"/>
        <source>Agent installation is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="379"/>
        <source>This build cannot install the Fleet Agent from the window yet. Use `fleetctl agent install NODE` in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="397"/>
        <source>Cleaning up is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="398"/>
        <source>This window runs nothing (read-only). Use `fleetctl prune NODE` in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="410"/>
        <source>Containers are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="411"/>
        <source>This window runs nothing (read-only). Use `fleetctl containers %1` in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::NodeDetailDialog</name>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="55"/>
        <source>%1 — containers and logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="63"/>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="229"/>
        <source>Runtime: not probed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="69"/>
        <source>&amp;Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="71"/>
        <source>Ask the node which container runtime it has and how this user reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="80"/>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="93"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="94"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="95"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="96"/>
        <source>Rest&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="97"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="109"/>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="110"/>
        <source>Keep adding new lines of the selected container&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="113"/>
        <source>Container log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="166"/>
        <source>system not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="167"/>
        <source>no Fleet Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="167"/>
        <source>Fleet Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="237"/>
        <source>API %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="239"/>
        <source>store %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="243"/>
        <source>%1 free in its root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="245"/>
        <source>%1 free in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="248"/>
        <source>Runtime: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="254"/>
        <source>Probing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="276"/>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="301"/>
        <source>Started by Fleet Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="306"/>
        <source>No containers on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="307"/>
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="324"/>
        <source>Remove the container %1 from %2? A running container is stopped first; what it wrote inside itself is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="327"/>
        <source>Remove container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="335"/>
        <source>docker %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="345"/>
        <source>docker %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="347"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::NodeIdentityDialog</name>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="26"/>
        <source>SSH identity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="28"/>
        <source>Identity for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="29"/>
        <source>This node (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="31"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="33"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="34"/>
        <source>empty: no override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="37"/>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="38"/>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="96"/>
        <source>Choose the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="51"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="52"/>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="85"/>
        <source>In use without an override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="87"/>
        <source>In use: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="88"/>
        <source>this node&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="89"/>
        <source>group %1</source>
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
        <location filename="../ui/fleet/NodeListModel.cpp" line="76"/>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="92"/>
        <source>OS not known yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::NodeTileDelegate</name>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="111"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="149"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="150"/>
        <source>MEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="151"/>
        <source>DISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="272"/>
        <source>Push to %n node(s)</source>
        <translation>
            <numerusform>Push to %n node</numerusform>
            <numerusform>Push to %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="272"/>
        <source>Push to this node</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/fleet/NodesPanel.cpp" line="28"/>
        <source>Filter nodes by name, address, OS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="30"/>
        <source>Node filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="31"/>
        <source>Show only nodes whose name, address, OS, architecture or state contains this text (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="35"/>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="36"/>
        <source>Show only nodes in one state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="37"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="42"/>
        <source>Not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="44"/>
        <source>Show only nodes without the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="45"/>
        <source>One click: show only nodes that answer SSH but have no Fleet Agent (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="49"/>
        <source>Sort nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="50"/>
        <source>Order of the tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="51"/>
        <source>Sort by address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="52"/>
        <source>Sort by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="53"/>
        <source>Sort by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="54"/>
        <source>Sort by last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="57"/>
        <source>Select group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="58"/>
        <source>Select the tiles of a node group (fleetctl group add, or Groups… on a tile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="152"/>
        <source>Select group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="173"/>
        <source>No nodes yet. Scan the network (Ctrl+Shift+S) to discover your fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodesPanel.cpp" line="174"/>
        <source>No node matches the filter. Clear the filter to see all %n node(s).</source>
        <translation>
            <numerusform>No node matches the filter. Clear the filter to see the %n node.</numerusform>
            <numerusform>No node matches the filter. Clear the filter to see all %n nodes.</numerusform>
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
    <name>fleet::PruneDialog</name>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="26"/>
        <source>&lt;none&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="37"/>
        <source>Clean up images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="40"/>
        <source>Images that a store holds (they load again from there) and dangling images (untagged, unused) on %1. Images a container uses, running or stopped, stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="51"/>
        <source>Images to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="61"/>
        <source>Remove images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="94"/>
        <source>Computing the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="114"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="118"/>
        <source>%1 — %n image(s), up to %2</source>
        <translation>
            <numerusform>%1 — %n image, up to %2</numerusform>
            <numerusform>%1 — %n images, up to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="123"/>
        <source>reloadable from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="124"/>
        <source>dangling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="127"/>
        <source>kept: used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="135"/>
        <source>Space freed: up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="136"/>
        <source>Nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="137"/>
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>Remove %n image</numerusform>
            <numerusform>Remove %n images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="145"/>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="170"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="170"/>
        <source>not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="175"/>
        <source>Removed %n image(s), %1 freed.</source>
        <translation>
            <numerusform>Removed %n image, %1 freed.</numerusform>
            <numerusform>Removed %n images, %1 freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="176"/>
        <source>%n could not be removed.</source>
        <translation>
            <numerusform>%n could not be removed.</numerusform>
            <numerusform>%n could not be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::PushConfirmPopover</name>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="29"/>
        <source>Confirm push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="39"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="49"/>
        <source>Stream (straight into docker load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="50"/>
        <source>Copy first (scp, checked, resumable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="51"/>
        <source>Transfer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="52"/>
        <source>Stream is fastest. Copy first writes a temporary file on the node, checks its SHA-256 and resumes after a broken connection; use it for big images over slow links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="55"/>
        <source>Rela&amp;y through the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="56"/>
        <source>Send the image once, to the first node; each node loads it and passes it on to the next over SSH, with a key made for this push and removed after it. For many nodes behind a slow link from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="63"/>
        <source>&amp;Run after load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="64"/>
        <source>Start a container from the image (docker run -d) once it is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="69"/>
        <source>chosen by Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="70"/>
        <source>Container name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="75"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="76"/>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="78"/>
        <source>no limit (e.g. 512m, 2g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="79"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="80"/>
        <source>A running container of the same name is replaced only once the new one is healthy; otherwise it keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="86"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="87"/>
        <source>&amp;CPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="88"/>
        <source>M&amp;emory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="94"/>
        <source>&amp;Don&apos;t ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="95"/>
        <source>Push at once on the next drops with these choices. Turn asking back on with Settings → Confirm drops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="98"/>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="105"/>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="126"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="127"/>
        <source>Push %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::PushController</name>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="40"/>
        <source>Nothing to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="41"/>
        <source>Select one or more images in the library and one or more nodes, then press Push (Ctrl+P), or drag the images onto a node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="68"/>
        <source>GPU image on a node without a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="91"/>
        <source>Cannot sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="92"/>
        <source>This window is not connected to a job runner (a test or screenshot build). Start fleet-commander normally to sync images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="101"/>
        <source>Cannot push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="102"/>
        <source>This window is not connected to a job runner (a test or screenshot build). Start fleet-commander normally to push images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="15"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="19"/>
        <source>&amp;Stores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::SifImageModel</name>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="92"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="94"/>
        <source>Registry partition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="110"/>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="111"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="111"/>
        <source>signed (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="119"/>
        <source>%1
sha256 %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="120"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="134"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="136"/>
        <source>Arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="138"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="140"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="142"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::SifPane</name>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="55"/>
        <source>Choose registry folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="57"/>
        <source>The folder that holds images/&lt;partition&gt;/*.sif (local disk or an NFS/CephFS mount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="58"/>
        <source>Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="59"/>
        <source>Scan the registry again (unchanged files are not hashed again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="67"/>
        <source>Apptainer images by partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="68"/>
        <source>Drag an image onto node tiles to copy it into their Apptainer cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="76"/>
        <location filename="../ui/sif/SifPane.cpp" line="80"/>
        <source>Job templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="110"/>
        <location filename="../ui/sif/SifPane.cpp" line="120"/>
        <source>No registry folder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="129"/>
        <source>Choose the registry folder (images/&lt;partition&gt;/*.sif) to see its Apptainer images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sif/SifPane.cpp" line="156"/>
        <source>%n file(s) flagged: they are never synced.</source>
        <translation>
            <numerusform>%n file flagged: they are never synced.</numerusform>
            <numerusform>%n files flagged: they are never synced.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="181"/>
        <source>Apptainer registry folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::SifTemplateModel</name>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="39"/>
        <source>%1  [%2]  %3 · %4 CPU%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="39"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="39"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="41"/>
        <source> · %1 GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="45"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="46"/>
        <source>%1
Available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="47"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::StoreArchiveModel</name>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="71"/>
        <source>In the store %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="75"/>
        <source>sha256:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="77"/>
        <source>Image ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="79"/>
        <source>Stored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="80"/>
        <source>Drag onto a node to push it from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="84"/>
        <source>Archive %1 in %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="104"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="106"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="108"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="110"/>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="112"/>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::StoreEditDialog</name>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="41"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="43"/>
        <source>e.g. team-archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="46"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="47"/>
        <source>S3 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="48"/>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="64"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="66"/>
        <source>List the store with these settings and say how many archives it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="71"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="72"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="106"/>
        <source>/srv/image-archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="107"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="109"/>
        <source>Folder of archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="118"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="125"/>
        <source>http://127.0.0.1:9000 (empty: AWS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="126"/>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="127"/>
        <source>optional, e.g. team/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="132"/>
        <source>Credentials: saved in the keychain. Type new ones to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="137"/>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="138"/>
        <source>&amp;Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="139"/>
        <source>&amp;Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="140"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="141"/>
        <source>&amp;Access key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="142"/>
        <source>&amp;Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="150"/>
        <source>host:port, e.g. 127.0.0.1:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="151"/>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="152"/>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="307"/>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="308"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="154"/>
        <source>Login: saved in the keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="159"/>
        <source>&amp;Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="160"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="161"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="279"/>
        <source>Give the store a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="281"/>
        <source>A store name is one line of at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="283"/>
        <source>Another store is already called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="285"/>
        <source>Choose the folder of archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="286"/>
        <source>Name the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="287"/>
        <source>Name the registry as host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="292"/>
        <source>Type both the access key ID and the secret key (or neither).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="293"/>
        <source>Type both the user and the password (or neither).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="304"/>
        <source>saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="331"/>
        <source>Listing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/StoreEditDialog.cpp" line="340"/>
        <source>The store answered: %n archive(s) in %1.</source>
        <translation>
            <numerusform>The store answered: %n archive in %1.</numerusform>
            <numerusform>The store answered: %n archives in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::StoreOperations</name>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="48"/>
        <source>Putting %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/StoreOperations.cpp" line="61"/>
        <source>Delete %1 from the store %2? The archive is gone for everyone who uses this store.</source>
        <translation>
            <numerusform>Delete %1 from the store %2? The archive is gone for everyone who uses this store.</numerusform>
            <numerusform>Delete %1 from the store %2? The archive is gone for everyone who uses this store.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="65"/>
        <source>Delete from store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="71"/>
        <source>Deleting %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="86"/>
        <source>Copying %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="130"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::StorePane</name>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="30"/>
        <source>Archives in the store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="31"/>
        <source>Drag archives onto a node to push them from the store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="41"/>
        <source>Reading the store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="106"/>
        <source>This store holds no archives yet. Right-click an image of this workstation: Put into store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="108"/>
        <source>No archive matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::StoresSettingsPage</name>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="31"/>
        <source>Stores keep image archives between builds and deployments: a folder, an S3 bucket or a registry. They show in the library beside this workstation&apos;s images. fleetctl uses the same list (fleetctl store …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="39"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="39"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="39"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="42"/>
        <source>Configured stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="44"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="46"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="48"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="50"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="52"/>
        <source>List the selected store and say how many archives it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="117"/>
        <source>new, saved in the keychain with OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="119"/>
        <source>saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="121"/>
        <source>none (or from the environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="148"/>
        <source>Add a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="148"/>
        <source>Edit the store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="198"/>
        <source>The credentials of %1 could not be saved in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="238"/>
        <source>Listing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="245"/>
        <source>%1 answered: %n archive(s).</source>
        <translation>
            <numerusform>%1 answered: %n archive.</numerusform>
            <numerusform>%1 answered: %n archives.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="247"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::TelemetryWorker</name>
    <message>
        <location filename="../core/agent/TelemetryWorker.cpp" line="32"/>
        <source>%1: no agent token is recorded on this workstation; use Install agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::ThroughputChart</name>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="16"/>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="18"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="20"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="22"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="24"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="26"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="43"/>
        <source>s since the stage started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="46"/>
        <source>MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="52"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="53"/>
        <source>Bytes per second of each stage over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="56"/>
        <source>Select a job to see its throughput.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="93"/>
        <source>%1: no bytes moved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet::TileActivity</name>
    <message>
        <location filename="../ui/fleet/TileActivity.cpp" line="25"/>
        <source>%1 · queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/TileActivity.cpp" line="27"/>
        <source>%1 · %2 %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fleet/TileActivity.cpp" line="28"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
