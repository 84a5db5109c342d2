<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgentLifecycle</name>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="76"/>
        <source>%1: the agent is installed but does not answer: %2</source>
        <translation>%1 : l&apos;agent est installé mais ne répond pas : %2</translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="88"/>
        <source>no agent token for %1:%2 is recorded on this workstation; install the agent from here to record one.</source>
        <translation>aucun jeton d&apos;agent pour %1:%2 n&apos;est enregistré sur ce poste ; installez l&apos;agent depuis ici pour en enregistrer un.</translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="114"/>
        <source>the agent is installed, but the node probe failed: %1</source>
        <translation>l’agent est installé, mais la sonde du nœud a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="123"/>
        <source>the node probe was not recorded: %1</source>
        <translation>la sonde du nœud n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="136"/>
        <source>the history was not updated: %1</source>
        <translation>l&apos;historique n&apos;a pas été mis à jour : %1</translation>
    </message>
</context>
<context>
    <name>ContainerLogs</name>
    <message>
        <location filename="../core/actions/ContainerLogs.cpp" line="84"/>
        <source>the number of lines to show must be from 0 to %1, not %2</source>
        <translation>le nombre de lignes à afficher doit être compris entre 0 et %1, pas %2</translation>
    </message>
    <message>
        <location filename="../core/actions/ContainerLogs.cpp" line="88"/>
        <source>%1: cancelled</source>
        <translation>%1 : annulé</translation>
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
        <translation>%1 présente %2, et non la clé %3 vérifiée ; rien n&apos;a été enregistré. Comparez à nouveau la clé du nœud.</translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="35"/>
        <source>%1 presents %2, which was not confirmed; nothing was recorded.</source>
        <translation>%1 présente %2, qui n&apos;a pas été confirmée ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="42"/>
        <source>%1: %2 is now trusted.</source>
        <translation>%1 : %2 est désormais approuvée.</translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="43"/>
        <source>%1: its key %2 was already trusted.</source>
        <translation>%1 : sa clé %2 était déjà approuvée.</translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="54"/>
        <source>cannot rewrite %1: check that the file and its folder are writable.</source>
        <translation>impossible de réécrire %1 : vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/HostKeyTrust.cpp" line="59"/>
        <source>%1: %n key(s) removed from %2</source>
        <translation>
            <numerusform>%1 : %n clé supprimée de %2</numerusform>
            <numerusform>%1 : %n clés supprimées de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageBuild</name>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="17"/>
        <source>%1 is not a folder: name an image definition (Dockerfile and image.json) or a folder of them.</source>
        <translation>%1 n&apos;est pas un dossier : indiquez une définition d&apos;image (Dockerfile et image.json) ou un dossier de définitions.</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="19"/>
        <source>(no folder)</source>
        <translation>(aucun dossier)</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="28"/>
        <source>%1 holds no image definition: each needs a folder with a Dockerfile and image.json (see images/README.md).</source>
        <translation>%1 ne contient aucune définition d&apos;image : chacune a besoin d&apos;un dossier avec un Dockerfile et un image.json (voir images/README.md).</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="63"/>
        <source>no definitions were built in %1</source>
        <translation>aucune définition n&apos;a été construite dans %1</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="67"/>
        <source>The build was cancelled.</source>
        <translation>La construction a été annulée.</translation>
    </message>
</context>
<context>
    <name>ImageLister</name>
    <message>
        <location filename="../core/actions/ImageLister.cpp" line="36"/>
        <source>Docker %1 (API %2) at %3</source>
        <translation>Docker %1 (API %2) sur %3</translation>
    </message>
</context>
<context>
    <name>ImageSync</name>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="15"/>
        <source>%1: name the tag to sync (app:1.2.0)</source>
        <translation>%1 : indiquez le tag à synchroniser (app:1.2.0)</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="20"/>
        <source>sync needs a group (--to GROUP) or nodes</source>
        <translation>sync a besoin d&apos;un groupe (--to GROUP) ou de nœuds</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/ImageSync.cpp" line="71"/>
        <source>%1 goes to %n node(s) that lack it: %2</source>
        <translation>
            <numerusform>%1 va vers %n nœud qui ne l&apos;a pas : %2</numerusform>
            <numerusform>%1 va vers %n nœuds qui ne l&apos;ont pas : %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="74"/>
        <source>nothing to do: every node asked holds %1</source>
        <translation>rien à faire : chaque nœud interrogé a %1</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="77"/>
        <source> (not asked: %1)</source>
        <translation> (non interrogés : %1)</translation>
    </message>
</context>
<context>
    <name>NodeContainers</name>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="148"/>
        <source>&quot;%1&quot; is not a container name or ID: docker names are letters, digits and _ . - (starting with a letter or digit), IDs are hex. `fleetctl containers NODE --all` lists them.</source>
        <translation>« %1 » n&apos;est ni un nom ni un ID de conteneur : les noms docker sont faits de lettres, chiffres et _ . - (commençant par une lettre ou un chiffre), les ID sont hexadécimaux. `fleetctl containers NODE --all` les liste.</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="271"/>
        <source>%1: there is no container &quot;%2&quot; on the node. `fleetctl containers %1 --all` lists its containers (so does Containers and logs… on its tile).</source>
        <translation>%1 : il n&apos;y a pas de conteneur « %2 » sur le nœud. `fleetctl containers %1 --all` liste ses conteneurs (tout comme Conteneurs et journaux… sur sa tuile).</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="274"/>
        <source>%1: container &quot;%2&quot; is running, so it was not removed. Stop it first, or remove it anyway with `fleetctl rm %1 %2 --force`.</source>
        <translation>%1 : le conteneur « %2 » est en cours d&apos;exécution et n&apos;a donc pas été supprimé. Arrêtez-le d&apos;abord, ou supprimez-le quand même avec `fleetctl rm %1 %2 --force`.</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="293"/>
        <source>listing the containers</source>
        <translation>liste des conteneurs</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="298"/>
        <source>%1: the node lists more containers than Fleet Commander reads (over %2 MiB of answers); remove stopped ones there (docker container prune).</source>
        <translation>%1 : le nœud liste plus de conteneurs que Fleet Commander n&apos;en lit (plus de %2 Mio de réponses) ; supprimez-y ceux qui sont arrêtés (docker container prune).</translation>
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
        <translation>« %1 » n&apos;est pas un nom de groupe : utilisez de 1 à 63 caractères parmi a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; et &apos;-&apos;, commençant par une lettre ou un chiffre (gpu, arch:aarch64, site-2)</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="96"/>
        <source>architecture %1 reported by the node</source>
        <translation>architecture %1 signalée par le nœud</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="98"/>
        <source>a GPU reported by the agent</source>
        <translation>un GPU signalé par l&apos;agent</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="99"/>
        <source>operating system reported by the node</source>
        <translation>système d&apos;exploitation signalé par le nœud</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="130"/>
        <source>group %1 has no nodes: add some with `fleetctl group add %1 NODE...` (fleetctl groups lists the groups)</source>
        <translation>le groupe %1 n&apos;a aucun nœud : ajoutez-en avec `fleetctl group add %1 NODE...` (fleetctl groups liste les groupes)</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="195"/>
        <source>%1: name the tag a group should hold (app:1.2.0)</source>
        <translation>%1 : indiquez le tag qu&apos;un groupe doit avoir (app:1.2.0)</translation>
    </message>
</context>
<context>
    <name>NodeIdentities</name>
    <message>
        <location filename="../core/actions/NodeIdentities.cpp" line="29"/>
        <source>%1 is not a readable key file: choose the private key (e.g. ~/.ssh/id_ed25519).</source>
        <translation>%1 n&apos;est pas un fichier de clé lisible : choisissez la clé privée (par ex. ~/.ssh/id_ed25519).</translation>
    </message>
</context>
<context>
    <name>NodeImageReader</name>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="110"/>
        <source>the agent refused the images request: %1</source>
        <translation>l&apos;agent a refusé la demande d&apos;images : %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="114"/>
        <source>the agent cannot ask docker: %1</source>
        <translation>l&apos;agent ne peut pas interroger docker : %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="130"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="132"/>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="149"/>
        <source>listing the images</source>
        <translation>liste des images</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="153"/>
        <source>%1: the node lists more images than Fleet Commander reads (over %2 MiB); clean it up first (fleetctl prune).</source>
        <translation>%1 : le nœud liste plus d&apos;images que Fleet Commander n&apos;en lit (plus de %2 Mio) ; nettoyez-le d&apos;abord (fleetctl prune).</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="170"/>
        <location filename="../core/actions/NodeImageReader.cpp" line="190"/>
        <source>%1: cancelled</source>
        <translation>%1 : annulé</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="178"/>
        <source>no agent token is recorded on this workstation</source>
        <translation>aucun jeton d&apos;agent n&apos;est enregistré sur ce poste</translation>
    </message>
</context>
<context>
    <name>NodeProbe</name>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="96"/>
        <source>%1: the node probe gave no answer (exit %2): %3. The node needs a POSIX sh.</source>
        <translation>%1 : la sonde du nœud n’a pas répondu (code %2) : %3. Le nœud a besoin d’un sh POSIX.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="126"/>
        <source>the SSH user</source>
        <translation>l’utilisateur SSH</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="129"/>
        <source>%1: podman is installed but does not answer (%2). Check `podman info` there as %3, then retry.</source>
        <translation>%1 : podman est installé mais ne répond pas (%2). Vérifiez `podman info` sur le nœud en tant que %3, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="132"/>
        <source>%1: docker is not installed on the node (no docker or podman on %2&apos;s PATH). Install Docker (or podman) there, or connect as a user whose PATH has it, then retry.</source>
        <translation>%1 : docker n’est pas installé sur le nœud (ni docker ni podman dans le PATH de %2). Installez-y Docker (ou podman), ou connectez-vous avec un utilisateur dont le PATH le contient, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="138"/>
        <source>%1: the Docker daemon on the node is not running (%2). Start it there (systemctl start docker) and retry.</source>
        <translation>%1 : le démon Docker du nœud ne tourne pas (%2). Démarrez-le sur le nœud (systemctl start docker) et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="142"/>
        <source>%1: %2 may not use docker there (%3)%4. Nothing was sent. Either add %2 to the group of the node&apos;s Docker socket (`sudo usermod -aG docker %2`, then log in again), or allow docker through sudo without a password (a sudoers line: `%2 ALL=(root) NOPASSWD: %5`), or connect as another user.</source>
        <translation>%1 : %2 ne peut pas utiliser docker sur ce nœud (%3)%4. Rien n’a été envoyé. Ajoutez %2 au groupe du socket Docker du nœud (`sudo usermod -aG docker %2`, puis reconnectez-vous), ou autorisez docker via sudo sans mot de passe (une ligne sudoers : `%2 ALL=(root) NOPASSWD: %5`), ou connectez-vous avec un autre utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="147"/>
        <source>; `sudo -n docker` was refused too (%1)</source>
        <translation> ; `sudo -n docker` a été refusé aussi (%1)</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="148"/>
        <source>; the node has no sudo</source>
        <translation> ; le nœud n’a pas sudo</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="151"/>
        <source>%1: the node&apos;s %2 cannot be used (%3).</source>
        <translation>%1 : %2 du nœud est inutilisable (%3).</translation>
    </message>
</context>
<context>
    <name>NodeProbing</name>
    <message>
        <location filename="../core/actions/NodeProbing.cpp" line="36"/>
        <source>%1: the node probe gave no answer</source>
        <translation>%1 : la sonde du nœud n’a pas répondu</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeProbing.cpp" line="50"/>
        <source>no node to probe</source>
        <translation>aucun nœud à sonder</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeProbing.cpp" line="62"/>
        <source>%1: not probed (cancelled)</source>
        <translation>%1 : non sondé (annulé)</translation>
    </message>
</context>
<context>
    <name>NodePrune</name>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="192"/>
        <source>&quot;%1&quot; is neither a configured store (fleetctl stores lists them) nor a STORE-URL: %2</source>
        <translation>« %1 » n&apos;est ni un dépôt configuré (fleetctl stores les liste) ni une STORE-URL : %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="277"/>
        <source>listing the images</source>
        <translation>liste des images</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="281"/>
        <source>%1: the node lists more images than fleetctl reads (over %2 MiB of answers); clean it up by hand first.</source>
        <translation>%1 : le nœud liste plus d&apos;images que fleetctl n&apos;en lit (plus de %2 Mio de réponses) ; nettoyez-le d&apos;abord à la main.</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="291"/>
        <source>listing the containers</source>
        <translation>liste des conteneurs</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="342"/>
        <source>listing %1</source>
        <translation>liste de %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="346"/>
        <source>store %1: %2</source>
        <translation>dépôt %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="362"/>
        <source>store %1 was left out: %2</source>
        <translation>le dépôt %1 a été ignoré : %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="380"/>
        <source>%1: cancelled</source>
        <translation>%1 : annulé</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="384"/>
        <source>asking %1</source>
        <translation>interrogation de %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="419"/>
        <source>%1: cancelled before removing</source>
        <translation>%1 : annulé avant la suppression</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="423"/>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="449"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="453"/>
        <source>a container uses it now (%1); kept</source>
        <translation>un conteneur l&apos;utilise maintenant (%1) ; conservée</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="455"/>
        <source>it is tagged now (%1); kept</source>
        <translation>elle a maintenant un tag (%1) ; conservée</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="457"/>
        <location filename="../core/actions/NodePrune.cpp" line="467"/>
        <source>removing %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/NodePrune.cpp" line="483"/>
        <source>%1: %n image(s) could not be removed</source>
        <translation>
            <numerusform>%1 : %n image n&apos;a pas pu être supprimée</numerusform>
            <numerusform>%1 : %n images n&apos;ont pas pu être supprimées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeScan</name>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="19"/>
        <source>Nothing to scan: name a network such as 192.0.2.0/24, a host, or a source (%1).</source>
        <translation>Rien à analyser : indiquez un réseau comme 192.0.2.0/24, un hôte ou une source (%1).</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="36"/>
        <source>The scan was stopped while its targets were read.</source>
        <translation>L&apos;analyse a été arrêtée pendant la lecture de ses cibles.</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="40"/>
        <source>The targets name no address to scan. %1</source>
        <translation>Les cibles ne nomment aucune adresse à analyser. %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="101"/>
        <source>cannot record the scan in %1: %2</source>
        <translation>impossible d&apos;enregistrer l&apos;analyse dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="114"/>
        <source>the scan ran but could not be recorded in %1: %2</source>
        <translation>l&apos;analyse a eu lieu mais n&apos;a pas pu être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="121"/>
        <source>Stopped after %1 of %2 addresses.</source>
        <translation>Arrêté après %1 adresses sur %2.</translation>
    </message>
</context>
<context>
    <name>PushPreflight</name>
    <message numerus="yes">
        <location filename="../core/actions/PushPreflight.cpp" line="33"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/PushPreflight.cpp" line="49"/>
        <source>%1 needs a GPU, but the agent on %2 reports none.</source>
        <translation>
            <numerusform>%1 a besoin d&apos;un GPU, mais l&apos;agent de %2 n&apos;en signale aucun.</numerusform>
            <numerusform>%1 a besoin d&apos;un GPU, mais les agents de %2 n&apos;en signalent aucun.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/actions/PushPreflight.cpp" line="54"/>
        <source>Its containers will not find a GPU there: push to nodes with a GPU, or install the GPU and its driver on those nodes first.</source>
        <translation>Ses conteneurs n&apos;y trouveront pas de GPU : poussez vers des nœuds dotés d&apos;un GPU, ou installez d&apos;abord le GPU et son pilote sur ces nœuds.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/shell/InventoryWiring.cpp" line="13"/>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventaire</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="33"/>
        <source>SSH &amp;identity…</source>
        <translation>&amp;Identité SSH…</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="35"/>
        <source>The private key this node is reached with: its own, or its group&apos;s</source>
        <translation>La clé privée avec laquelle ce nœud est joint : la sienne, ou celle de son groupe</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="49"/>
        <source>ssh&apos;s defaults (agent, ~/.ssh/id_*)</source>
        <translation>les valeurs par défaut de ssh (agent, ~/.ssh/id_*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="55"/>
        <source>&amp;Groups…</source>
        <translation>&amp;Groupes…</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="57"/>
        <source>Put the selected nodes into groups (targets of push, prune, sync, inventory)</source>
        <translation>Placer les nœuds sélectionnés dans des groupes (cibles de push, prune, sync, inventory)</translation>
    </message>
    <message>
        <location filename="../core/history/CsvWriter.cpp" line="14"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/history/CsvWriter.cpp" line="47"/>
        <source>Cannot finish %1: %2. Check the free space and try again.</source>
        <translation>Impossible de terminer %1 : %2. Vérifiez l&apos;espace libre et réessayez.</translation>
    </message>
</context>
<context>
    <name>Remedy</name>
    <message>
        <location filename="../core/util/Remedy.cpp" line="9"/>
        <source>trust its key (Trust… in Fleet Commander, or `fleetctl trust %1`)</source>
        <translation>approuvez sa clé (Approuver… dans Fleet Commander, ou `fleetctl trust %1`)</translation>
    </message>
    <message>
        <location filename="../core/util/Remedy.cpp" line="14"/>
        <source>forget the old key with `fleetctl trust %1 --forget`, then trust the new one (Trust… in Fleet Commander, or `fleetctl trust %1`)</source>
        <translation>oubliez l&apos;ancienne clé avec `fleetctl trust %1 --forget`, puis approuvez la nouvelle (Approuver… dans Fleet Commander, ou `fleetctl trust %1`)</translation>
    </message>
    <message>
        <location filename="../core/util/Remedy.cpp" line="21"/>
        <source>install the agent again (Install agent in Fleet Commander, or `fleetctl agent install %1`)</source>
        <translation>réinstallez l&apos;agent (Installer l&apos;agent dans Fleet Commander, ou `fleetctl agent install %1`)</translation>
    </message>
    <message>
        <location filename="../core/util/Remedy.cpp" line="27"/>
        <source>remove the agent (`fleetctl agent remove %1`), then install it again (Install agent in Fleet Commander, or `fleetctl agent install %1`)</source>
        <translation>supprimez l&apos;agent (`fleetctl agent remove %1`), puis réinstallez-le (Installer l&apos;agent dans Fleet Commander, ou `fleetctl agent install %1`)</translation>
    </message>
</context>
<context>
    <name>SifCache</name>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="75"/>
        <source>not hashed on the node (unreadable, or past the listing&apos;s bound)</source>
        <translation>non hachée sur le nœud (illisible, ou au-delà de la limite de la liste)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="83"/>
        <source>differs from the registry&apos;s %1/%2 (sha256 %3 there)</source>
        <translation>diffère de %1/%2 du registre (sha256 %3 là-bas)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="87"/>
        <source>not in the registry</source>
        <translation>absente du registre</translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="119"/>
        <source>listing the cache %1</source>
        <translation>liste du cache %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="136"/>
        <source>removing stale images</source>
        <translation>suppression des images périmées</translation>
    </message>
</context>
<context>
    <name>SifGpg</name>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="72"/>
        <source>GnuPG is not usable (%1): install Debian&apos;s gnupg</source>
        <translation>GnuPG n&apos;est pas utilisable (%1) : installez le paquet gnupg de Debian</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="76"/>
        <source>cannot make a temporary GnuPG home: %1</source>
        <translation>impossible de créer un répertoire GnuPG temporaire : %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="80"/>
        <location filename="../core/sif/SifGpg.cpp" line="112"/>
        <source>GPGME: %1</source>
        <translation>GPGME : %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="87"/>
        <source>GPGME: cannot use the home %1: %2</source>
        <translation>GPGME : impossible d&apos;utiliser le répertoire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="102"/>
        <location filename="../core/sif/SifGpg.cpp" line="116"/>
        <source>keyring %1: %2</source>
        <translation>trousseau %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="106"/>
        <source>keyring %1 is %2 bytes, more than a key file holds (16 MiB)</source>
        <translation>le trousseau %1 fait %2 octets, plus qu&apos;un fichier de clés n&apos;en contient (16 Mio)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="123"/>
        <source>keyring %1 holds no OpenPGP public key (export one with `gpg --export --armor KEY &gt; FILE`)</source>
        <translation>le trousseau %1 ne contient aucune clé publique OpenPGP (exportez-en une avec `gpg --export --armor KEY &gt; FILE`)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="143"/>
        <source>GPGME: out of memory</source>
        <translation>GPGME : mémoire épuisée</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="148"/>
        <source>not an OpenPGP clear signature (%1)</source>
        <translation>pas une signature OpenPGP en clair (%1)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="156"/>
        <source>the signature object holds no OpenPGP signature</source>
        <translation>l&apos;objet de signature ne contient aucune signature OpenPGP</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="164"/>
        <source>signed by an unknown key %1</source>
        <translation>signée par une clé inconnue %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="168"/>
        <source>bad signature: the signed text does not match the signature (key %1)</source>
        <translation>signature invalide : le texte signé ne correspond pas à la signature (clé %1)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="172"/>
        <source>signature by key %1 not valid: %2</source>
        <translation>signature de la clé %1 non valide : %2</translation>
    </message>
</context>
<context>
    <name>SifRegistry</name>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="95"/>
        <source>&quot;%1&quot; is not a partition name (1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; not starting with &apos;.&apos; or &apos;-&apos;)</source>
        <translation>« %1 » n&apos;est pas un nom de partition (1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; ; ne commençant pas par &apos;.&apos; ou &apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="106"/>
        <source>&quot;%1&quot; is not a usable image file name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;, ending in .sif, not starting with &apos;.&apos; or &apos;-&apos;): rename the file</source>
        <translation>« %1 » n&apos;est pas un nom de fichier d&apos;image utilisable (lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;, se terminant par .sif, ne commençant pas par &apos;.&apos; ou &apos;-&apos;) : renommez le fichier</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="152"/>
        <source>%1: no such registry folder. Choose the folder that holds images/&lt;partition&gt;/*.sif (fleetctl sif … --registry DIR, or Choose registry folder… in the library&apos;s Apptainer tab).</source>
        <translation>%1 : ce dossier de registre n&apos;existe pas. Choisissez le dossier qui contient images/&lt;partition&gt;/*.sif (fleetctl sif … --registry DIR, ou Choisir le dossier du registre… dans l&apos;onglet Apptainer de la bibliothèque).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="200"/>
        <source>reading it failed: %1</source>
        <translation>échec de la lecture : %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="234"/>
        <source>&quot;%1&quot; is not a partition of this registry (%2). Configure it in Settings (sif/partitions) or pick one of those.</source>
        <translation>« %1 » n&apos;est pas une partition de ce registre (%2). Configurez-la dans les paramètres (sif/partitions) ou choisissez-en une parmi celles-ci.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="246"/>
        <source>%1: the registry metadata cannot be written (%2); every file is hashed on each scan. Make the folder writable for this user.</source>
        <translation>%1 : les métadonnées du registre ne peuvent pas être écrites (%2) ; chaque fichier est haché à chaque analyse. Rendez le dossier accessible en écriture pour cet utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="248"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="265"/>
        <location filename="../core/sif/SifRegistry.cpp" line="271"/>
        <source>the scan was cancelled</source>
        <translation>l&apos;analyse a été annulée</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="286"/>
        <source>the file is gone from %1</source>
        <translation>le fichier a disparu de %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="309"/>
        <source>&quot;%1&quot; is not a partition of this registry (%2)</source>
        <translation>« %1 » n&apos;est pas une partition de ce registre (%2)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="317"/>
        <source>%1 is not in the registry&apos;s %2 partition (%3): no such file. `fleetctl sif list --registry %4` shows what is there.</source>
        <translation>%1 n&apos;est pas dans la partition %2 du registre (%3) : fichier introuvable. `fleetctl sif list --registry %4` montre ce qui s&apos;y trouve.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="327"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="333"/>
        <source>%1/%2 is flagged %3: %4. It is not synced; replace the file and scan again.</source>
        <translation>%1/%2 est signalé %3 : %4. Il n&apos;est pas synchronisé ; remplacez le fichier et relancez l&apos;analyse.</translation>
    </message>
</context>
<context>
    <name>SifSyncRequest</name>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="18"/>
        <source>cache folder &quot;%1&quot; is not an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos; (e.g. %2)</source>
        <translation>le dossier de cache « %1 » n&apos;est pas un chemin absolu fait de lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos; (par ex. %2)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="26"/>
        <source>No registry was given: name the registry folder (--registry DIR or Settings).</source>
        <translation>Aucun registre indiqué : nommez le dossier du registre (--registry DIR ou paramètres).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="32"/>
        <source>&quot;%1&quot; is not a partition of the registry (%2).</source>
        <translation>« %1 » n&apos;est pas une partition du registre (%2).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="37"/>
        <source>No node was given: name at least one node to sync to.</source>
        <translation>Aucun nœud indiqué : nommez au moins un nœud vers lequel synchroniser.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="41"/>
        <source>&quot;%1&quot; is not a valid node (expected host, host:port or user@host).</source>
        <translation>« %1 » n&apos;est pas un nœud valide (attendu : host, host:port ou user@host).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="63"/>
        <source>The %1 partition of %2 holds no .sif image (%3).</source>
        <translation>La partition %1 de %2 ne contient aucune image .sif (%3).</translation>
    </message>
</context>
<context>
    <name>SifTemplate</name>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="20"/>
        <source>&quot;id&quot; must be 1-128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (it is &quot;%1&quot;)</source>
        <translation>« id » doit compter de 1 à 128 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; (c&apos;est « %1 »)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="24"/>
        <source>template %1 names no &quot;image&quot;</source>
        <translation>le modèle %1 ne nomme aucune « image »</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="38"/>
        <source>template %1: cpus and gpus cannot be negative</source>
        <translation>modèle %1 : cpus et gpus ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="50"/>
        <location filename="../core/sif/SifTemplate.cpp" line="62"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="56"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1 : pas un objet JSON (%2)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="105"/>
        <source>Image &quot;%1&quot; is available in %2 partition</source>
        <translation>L&apos;image « %1 » est disponible dans la partition %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="113"/>
        <source>Image &quot;%1&quot; is not in the %2 partition (it is in %3): move it or change the template&apos;s partition</source>
        <translation>L&apos;image « %1 » n&apos;est pas dans la partition %2 (elle est dans %3) : déplacez-la ou changez la partition du modèle</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="116"/>
        <source>Image &quot;%1&quot; is in the registry but flagged (corrupt or unreadable): replace it</source>
        <translation>L&apos;image « %1 » est dans le registre mais signalée (corrompue ou illisible) : remplacez-la</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="119"/>
        <source>Image &quot;%1&quot; not found in registry</source>
        <translation>Image « %1 » introuvable dans le registre</translation>
    </message>
</context>
<context>
    <name>SifVerify</name>
    <message numerus="yes">
        <location filename="../core/sif/SifVerify.cpp" line="37"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (et %n autre)</numerusform>
            <numerusform> (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="79"/>
        <source>hash type %1 of signature %2 is not supported here</source>
        <translation>le type de hachage %1 de la signature %2 n&apos;est pas pris en charge ici</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="92"/>
        <source>signature %1 signs %2 %3, which the image does not have</source>
        <translation>la signature %1 signe %2 %3, que l&apos;image n&apos;a pas</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="94"/>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="94"/>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="108"/>
        <source>objects %1: %2</source>
        <translation>objets %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="111"/>
        <source>the data of object(s) %1 changed since signature %2 was made</source>
        <translation>les données du ou des objets %1 ont changé depuis la création de la signature %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="120"/>
        <source>signature %1 holds image metadata but is linked to object %2, not to a group</source>
        <translation>la signature %1 contient des métadonnées d&apos;image mais est liée à l&apos;objet %2, pas à un groupe</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="130"/>
        <source>the header (launch script, magic, version or image ID) changed since signature %1 was made</source>
        <translation>l&apos;en-tête (script de lancement, magic, version ou ID d&apos;image) a changé depuis la création de la signature %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="135"/>
        <source>signature %1 signs group %2, which the image does not have</source>
        <translation>la signature %1 signe le groupe %2, que l&apos;image n&apos;a pas</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="148"/>
        <source>object %1 was added to group %2 after signature %3 was made</source>
        <translation>l&apos;objet %1 a été ajouté au groupe %2 après la création de la signature %3</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="157"/>
        <source>the descriptor of object %1 (type, link, size, time, name or type fields) changed since signature %2 was made</source>
        <translation>le descripteur de l&apos;objet %1 (type, lien, taille, date, nom ou champs de type) a changé depuis la création de la signature %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="163"/>
        <source>object %1: %2</source>
        <translation>objet %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="166"/>
        <source>the data of object %1 changed since signature %2 was made</source>
        <translation>les données de l&apos;objet %1 ont changé depuis la création de la signature %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="171"/>
        <source>object %1, signed by signature %2, is missing</source>
        <translation>l&apos;objet %1, signé par la signature %2, est absent</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="186"/>
        <source>%1
Nothing was verified: the file is not a SIF image this reader accepts.</source>
        <translation>%1
Rien n&apos;a été vérifié : le fichier n&apos;est pas une image SIF que ce lecteur accepte.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="193"/>
        <location filename="../core/sif/SifVerify.cpp" line="305"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="244"/>
        <source>made by key %1, but the descriptor names key %2</source>
        <translation>faite par la clé %1, mais le descripteur nomme la clé %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="253"/>
        <source>signature %1 is not an OpenPGP clear signature</source>
        <translation>la signature %1 n&apos;est pas une signature OpenPGP en clair</translation>
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
        <translation>non signée</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="284"/>
        <source>not covered: legacy signatures cover object data only</source>
        <translation>non couvert : les anciennes signatures ne couvrent que les données des objets</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="285"/>
        <location filename="../core/sif/SifVerify.cpp" line="288"/>
        <source>no valid signature covers it</source>
        <translation>aucune signature valide ne le couvre</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="303"/>
        <source>%1: intact</source>
        <translation>%1 : intact</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="306"/>
        <source>%1: FAILED — %2</source>
        <translation>%1 : ÉCHEC — %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="313"/>
        <source>%1: not signed — nothing vouches for who made it or that it is unchanged. Use images from a source you trust, or sign it (apptainer sign) and verify it with its key.</source>
        <translation>%1 : non signée — rien ne garantit qui l&apos;a faite ni qu&apos;elle est inchangée. Utilisez des images d&apos;une source de confiance, ou signez-la (apptainer sign) et vérifiez-la avec sa clé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sif/SifVerify.cpp" line="318"/>
        <source>%1: %n signature(s)</source>
        <translation>
            <numerusform>%1 : %n signature</numerusform>
            <numerusform>%1 : %n signatures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="320"/>
        <source>signed by %1</source>
        <translation>signée par %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="322"/>
        <source>signed by an unknown key %1: it is not in the keyring %2. If you trust it, add its public key to that file (gpg --export --armor %1 &gt;&gt; FILE).</source>
        <translation>signée par une clé inconnue %1 : elle n&apos;est pas dans le trousseau %2. Si vous lui faites confiance, ajoutez sa clé publique à ce fichier (gpg --export --armor %1 &gt;&gt; FILE).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="327"/>
        <source>signature %1: %2</source>
        <translation>signature %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="333"/>
        <source>signatures not checked: no keyring was given (--keyring FILE with the signer&apos;s public key); the image names key %1</source>
        <translation>signatures non vérifiées : aucun trousseau indiqué (--keyring FILE avec la clé publique du signataire) ; l&apos;image nomme la clé %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="335"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="337"/>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="338"/>
        <source>descriptors</source>
        <translation>descripteurs</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="339"/>
        <source>objects</source>
        <translation>objets</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="341"/>
        <source>object(s) %1 are covered by no signature: they may have been added after signing; sign every group (apptainer sign) before trusting the image</source>
        <translation>le ou les objets %1 ne sont couverts par aucune signature : ils ont pu être ajoutés après la signature ; signez chaque groupe (apptainer sign) avant de faire confiance à l&apos;image</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="347"/>
        <source>The image was modified after it was signed: do not use it; fetch it again from its source.</source>
        <translation>L&apos;image a été modifiée après sa signature : ne l&apos;utilisez pas ; récupérez-la à nouveau à sa source.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="350"/>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="53"/>
        <source>%1 cannot be opened as a store.</source>
        <translation>%1 ne peut pas être ouvert comme dépôt.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="88"/>
        <source>%1 stored in %2.</source>
        <translation>%1 stockée dans %2.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="101"/>
        <source>%1 removed from %2.</source>
        <translation>%1 supprimée de %2.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="115"/>
        <source>%1 loaded from %2.</source>
        <translation>%1 chargée depuis %2.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="124"/>
        <source>%1 is already in %2: choose another store.</source>
        <translation>%1 est déjà dans %2 : choisissez un autre dépôt.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="131"/>
        <source>&quot;%1&quot; is not a tagged image reference (%2).</source>
        <translation>« %1 » n&apos;est pas une référence d&apos;image avec tag (%2).</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="132"/>
        <source>a tag is needed</source>
        <translation>un tag est nécessaire</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="179"/>
        <source>%1 copied from %2 to %3.</source>
        <translation>%1 copiée de %2 vers %3.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="182"/>
        <source>The local engine could not be restored as it was: %1</source>
        <translation>Le moteur local n&apos;a pas pu être remis dans son état d&apos;origine : %1</translation>
    </message>
</context>
<context>
    <name>fleet::BatchNotifications</name>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="68"/>
        <source>%1: failed on %n node(s)</source>
        <translation>
            <numerusform>%1 : échec sur %n nœud</numerusform>
            <numerusform>%1 : échec sur %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/BatchNotifications.cpp" line="70"/>
        <source>%1: cancelled</source>
        <translation>%1 : annulé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="71"/>
        <source>%1: done on %n node(s)</source>
        <translation>
            <numerusform>%1 : terminé sur %n nœud</numerusform>
            <numerusform>%1 : terminé sur %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="78"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n réussi</numerusform>
            <numerusform>%n réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="80"/>
        <source>%n already had it</source>
        <translation>
            <numerusform>%n l&apos;avait déjà</numerusform>
            <numerusform>%n l&apos;avaient déjà</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="82"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="84"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulé</numerusform>
            <numerusform>%n annulés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::BuildDialog</name>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="30"/>
        <source>Build image</source>
        <translation>Construire une image</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="35"/>
        <source>Definition folder</source>
        <translation>Dossier de définition</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="36"/>
        <source>A folder with a Dockerfile and image.json, or a folder of such folders (each is built in turn).</source>
        <translation>Un dossier avec un Dockerfile et un image.json, ou un dossier de tels dossiers (chacun est construit à son tour).</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="38"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="39"/>
        <source>Choose the definition folder</source>
        <translation>Choisir le dossier de définition</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="53"/>
        <location filename="../ui/library/BuildDialog.cpp" line="174"/>
        <source>Build arguments</source>
        <translation>Arguments de construction</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="53"/>
        <source>One KEY=VALUE per line, as docker build --build-arg. Not remembered: they may hold secrets.</source>
        <translation>Une CLÉ=VALEUR par ligne, comme docker build --build-arg. Non mémorisés : ils peuvent contenir des secrets.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="56"/>
        <location filename="../ui/library/BuildDialog.cpp" line="160"/>
        <location filename="../ui/library/BuildDialog.cpp" line="175"/>
        <source>Context files</source>
        <translation>Fichiers de contexte</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="56"/>
        <source>One NAME=PATH per line: a file of this computer added to the build context under NAME.</source>
        <translation>Un NOM=CHEMIN par ligne : un fichier de cet ordinateur ajouté au contexte de construction sous NOM.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="62"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="63"/>
        <source>Build &amp;arguments:</source>
        <translation>&amp;Arguments de construction :</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="64"/>
        <source>Conte&amp;xt files:</source>
        <translation>Fichiers de conte&amp;xte :</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="69"/>
        <source>Build progress</source>
        <translation>Progression de la construction</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="72"/>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="77"/>
        <source>Build log</source>
        <translation>Journal de construction</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="85"/>
        <source>&amp;Build</source>
        <translation>&amp;Construire</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="87"/>
        <source>&amp;Cancel build</source>
        <translation>&amp;Annuler la construction</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="159"/>
        <source>%1, line %2: &quot;%3&quot; is not NAME=VALUE. Write one pair per line, e.g. %4.</source>
        <translation>%1, ligne %2 : « %3 » n&apos;est pas de la forme NOM=VALEUR. Écrivez une paire par ligne, par ex. %4.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="182"/>
        <source>Image definition folder</source>
        <translation>Dossier de définition d&apos;image</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="210"/>
        <source>Building every definition in %1</source>
        <translation>Construction de toutes les définitions de %1</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="212"/>
        <location filename="../ui/library/BuildDialog.cpp" line="233"/>
        <source>Sending the context…</source>
        <translation>Envoi du contexte…</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="213"/>
        <source>Building in the local Docker Engine…</source>
        <translation>Construction dans le moteur Docker local…</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="225"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="231"/>
        <source>Definition %1 of %2: %3</source>
        <translation>Définition %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="240"/>
        <source>Step %1/%2</source>
        <translation>Étape %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="260"/>
        <source>Built %1.</source>
        <translation>%1 construite.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="263"/>
        <source>Built, but not recorded in the catalog %1: %2. The library shows the image&apos;s labels instead.</source>
        <translation>Construite, mais non enregistrée dans le catalogue %1 : %2. La bibliothèque affiche à la place les labels de l&apos;image.</translation>
    </message>
</context>
<context>
    <name>fleet::BuildLauncher</name>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="22"/>
        <source>Image built</source>
        <translation>Image construite</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="23"/>
        <source>%1 is in the library: drag it onto a node to push it.</source>
        <translation>%1 est dans la bibliothèque : faites-la glisser sur un nœud pour la pousser.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="32"/>
        <source>Build of %1 failed</source>
        <translation>Échec de la construction de %1</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="42"/>
        <source>Building is not available</source>
        <translation>La construction n&apos;est pas disponible</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="43"/>
        <source>This window is not connected to a Docker Engine (a test or screenshot build). Start fleet-commander normally, or use `fleetctl build DIR`.</source>
        <translation>Cette fenêtre n&apos;est reliée à aucun moteur Docker (version de test ou de capture d&apos;écran). Lancez fleet-commander normalement, ou utilisez `fleetctl build DIR`.</translation>
    </message>
</context>
<context>
    <name>fleet::DesktopSession</name>
    <message>
        <location filename="../ui/shell/DesktopSession.cpp" line="106"/>
        <source>Agent installed on %1</source>
        <translation>Agent installé sur %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/DesktopSession.cpp" line="111"/>
        <source>Cannot install the agent on %1</source>
        <translation>Impossible d&apos;installer l&apos;agent sur %1</translation>
    </message>
</context>
<context>
    <name>fleet::DiscoveryDialog</name>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="41"/>
        <source>Scan for nodes</source>
        <translation>Rechercher des nœuds</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="45"/>
        <source>One per line: 192.168.1.0/24, 10.0.0.5-40, host, user@host:2222</source>
        <translation>Un par ligne : 192.168.1.0/24, 10.0.0.5-40, host, user@host:2222</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="46"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="47"/>
        <source>Networks (CIDR), address ranges and hosts to probe for SSH and the Fleet Agent.</source>
        <translation>Réseaux (CIDR), plages d&apos;adresses et hôtes à sonder pour SSH et le Fleet Agent.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="49"/>
        <source>Hosts from ~/.ssh/&amp;config</source>
        <translation>Hôtes de ~/.ssh/&amp;config</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="50"/>
        <source>Hosts from ~/.ssh/&amp;known_hosts</source>
        <translation>Hôtes de ~/.ssh/&amp;known_hosts</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="51"/>
        <source>Neighbours from the &amp;ARP table</source>
        <translation>Voisins de la table &amp;ARP</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="52"/>
        <source>&amp;Inventory file:</source>
        <translation>Fichier d&apos;&amp;inventaire :</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="54"/>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="123"/>
        <source>Inventory file</source>
        <translation>Fichier d&apos;inventaire</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="55"/>
        <source>An Ansible-style inventory (INI or YAML) listing hosts.</source>
        <translation>Un inventaire de style Ansible (INI ou YAML) listant des hôtes.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="58"/>
        <source>Choose the inventory file</source>
        <translation>Choisir le fichier d&apos;inventaire</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="59"/>
        <source>Choose inventory file</source>
        <translation>Choisir le fichier d&apos;inventaire</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="63"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="64"/>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="65"/>
        <source>How long to wait for each address to answer. Raise it for slow or distant networks.</source>
        <translation>Durée d&apos;attente de la réponse de chaque adresse. Augmentez-la pour les réseaux lents ou lointains.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="66"/>
        <source>&amp;Probe nodes that answer SSH</source>
        <translation>&amp;Sonder les nœuds qui répondent en SSH</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="67"/>
        <source>After the scan, log in to every node that answered SSH and record what it runs (runtime, access, free space), as Probe does; nodes whose host key is not trusted yet are reported, not trusted.</source>
        <translation>Après le scan, se connecter à chaque nœud qui a répondu en SSH et enregistrer ce qu’il exécute (environnement, accès, espace libre), comme le fait Sonder ; les nœuds dont la clé d’hôte n’est pas encore approuvée sont signalés, pas approuvés.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="71"/>
        <source>Scan progress</source>
        <translation>Progression de l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="80"/>
        <source>&amp;Scan</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="82"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="83"/>
        <source>Stop the scan; nodes found so far are kept</source>
        <translation>Arrêter l&apos;analyse ; les nœuds déjà trouvés sont conservés</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="91"/>
        <source>&amp;Targets:</source>
        <translation>&amp;Cibles :</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="96"/>
        <source>Time&amp;out:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="262"/>
        <source>Nothing to scan: type a network such as 192.168.1.0/24, or tick a source.</source>
        <translation>Rien à analyser : saisissez un réseau comme 192.168.1.0/24, ou cochez une source.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="269"/>
        <source>Reading targets…</source>
        <translation>Lecture des cibles…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="286"/>
        <source>Probing %Ln node(s) that answer SSH…</source>
        <translation>
            <numerusform>Sondage de %Ln nœud qui répond en SSH…</numerusform>
            <numerusform>Sondage de %Ln nœuds qui répondent en SSH…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="303"/>
        <source>Probing %Ln address(es)…</source>
        <translation>
            <numerusform>Sondage de %Ln adresse…</numerusform>
            <numerusform>Sondage de %Ln adresses…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="315"/>
        <source>Probed %1 of %Ln address(es), found %2.</source>
        <translation>
            <numerusform>%1 adresse sur %Ln sondée, %2 trouvé(s).</numerusform>
            <numerusform>%1 adresses sur %Ln sondées, %2 trouvé(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="355"/>
        <source>Stopped after %1 of %Ln address(es); found %2.</source>
        <translation>
            <numerusform>Arrêté après %1 adresse sur %Ln ; %2 trouvé(s).</numerusform>
            <numerusform>Arrêté après %1 adresses sur %Ln ; %2 trouvé(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="356"/>
        <source>Probed %1 of %Ln address(es) in %3 s; found %2.</source>
        <translation>
            <numerusform>%1 adresse sur %Ln sondée en %3 s ; %2 trouvé(s).</numerusform>
            <numerusform>%1 adresses sur %Ln sondées en %3 s ; %2 trouvé(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="374"/>
        <source>Probed %Ln node(s) over SSH: %1 can take images.</source>
        <translation>
            <numerusform>%Ln nœud sondé en SSH : %1 peut recevoir des images.</numerusform>
            <numerusform>%Ln nœuds sondés en SSH : %1 peuvent recevoir des images.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="346"/>
        <source>Scan stopped.</source>
        <translation>Analyse arrêtée.</translation>
    </message>
</context>
<context>
    <name>fleet::DiscoveryLauncher</name>
    <message>
        <location filename="../ui/discovery/DiscoveryLauncher.cpp" line="44"/>
        <source>Scan failed</source>
        <translation>Échec de l&apos;analyse</translation>
    </message>
</context>
<context>
    <name>fleet::FleetCountsLabel</name>
    <message>
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="17"/>
        <source>Fleet counts</source>
        <translation>Compteurs de la flotte</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="37"/>
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln nœud</numerusform>
            <numerusform>%Ln nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="42"/>
        <source>%Ln job(s) running</source>
        <translation>
            <numerusform>%Ln tâche en cours</numerusform>
            <numerusform>%Ln tâches en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="44"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
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
            <numerusform>Groupes de %n nœud</numerusform>
            <numerusform>Groupes de %n nœuds</numerusform>
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
        <translation>Les groupes auxquels ces nœuds appartiennent, séparés par des virgules. Un groupe est une cible de push, prune, sync et inventory (@GROUP dans fleetctl).</translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="46"/>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes :</translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="47"/>
        <source>Suggested:</source>
        <translation>Suggérés :</translation>
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
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="76"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="78"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="80"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="82"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="84"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="86"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="88"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="90"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>fleet::HistoryNodesModel</name>
    <message numerus="yes">
        <location filename="../ui/history/HistoryNodesModel.cpp" line="50"/>
        <source>%Ln stage(s) succeeded; average %1, longest %2</source>
        <translation>
            <numerusform>%Ln étape réussie ; moyenne %1, la plus longue %2</numerusform>
            <numerusform>%Ln étapes réussies ; moyenne %1, la plus longue %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="52"/>
        <source>No %1 stage succeeded on this node yet</source>
        <translation>Aucune étape %1 n&apos;a encore réussi sur ce nœud</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="55"/>
        <source>Jobs that failed because the node did not answer or its host key was refused</source>
        <translation>Tâches en échec parce que le nœud ne répondait pas ou que sa clé d&apos;hôte a été refusée</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="57"/>
        <source>Extra attempts stages needed after a transient SSH failure</source>
        <translation>Tentatives supplémentaires nécessaires aux étapes après une panne SSH passagère</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="93"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="95"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="97"/>
        <source>Succeeded</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="99"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="101"/>
        <source>SSH failures</source>
        <translation>Échecs SSH</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="103"/>
        <source>Retries</source>
        <translation>Reprises</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="105"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="107"/>
        <source>Avg. archive</source>
        <translation>Archive moy.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="109"/>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="111"/>
        <source>Save</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="113"/>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="115"/>
        <source>Load</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="117"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="119"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="121"/>
        <source>Last push</source>
        <translation>Dernier envoi</translation>
    </message>
</context>
<context>
    <name>fleet::HistoryScansModel</name>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="59"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="72"/>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="74"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="76"/>
        <source>Probed</source>
        <translation>Sondés</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="78"/>
        <source>Found</source>
        <translation>Trouvés</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="88"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="90"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>fleet::HistoryStagesModel</name>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="39"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="59"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="61"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="63"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="65"/>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="67"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="69"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="71"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>fleet::HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="55"/>
        <source>Search by image or node (starts with)…</source>
        <translation>Rechercher par image ou nœud (commence par)…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="57"/>
        <source>Search history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="58"/>
        <source>Jobs whose image or node starts with this text; scans whose targets contain it.</source>
        <translation>Tâches dont l&apos;image ou le nœud commence par ce texte ; analyses dont les cibles le contiennent.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="60"/>
        <source>Job state filter</source>
        <translation>Filtre d&apos;état des tâches</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="61"/>
        <source>Show only jobs in one state.</source>
        <translation>N&apos;afficher que les tâches dans un état.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="62"/>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="67"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="68"/>
        <source>Read the history again</source>
        <translation>Relire l&apos;historique</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="69"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="70"/>
        <source>Write the jobs the filter selects to a CSV file</source>
        <translation>Écrire les tâches sélectionnées par le filtre dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="72"/>
        <source>Job history</source>
        <translation>Historique des tâches</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="75"/>
        <source>Scan history</source>
        <translation>Historique des analyses</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="76"/>
        <source>Pushes per node</source>
        <translation>Envois par nœud</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="77"/>
        <source>Per node: jobs, failures, SSH trouble, bytes sent and the average time of each stage</source>
        <translation>Par nœud : tâches, échecs, problèmes SSH, octets envoyés et durée moyenne de chaque étape</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="78"/>
        <source>Stages of the selected job</source>
        <translation>Étapes de la tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="79"/>
        <location filename="../ui/history/HistoryView.cpp" line="195"/>
        <source>Select a job to see its stages.</source>
        <translation>Sélectionnez une tâche pour voir ses étapes.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="85"/>
        <source>Job log</source>
        <translation>Journal de la tâche</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="105"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="106"/>
        <source>S&amp;cans</source>
        <translation>A&amp;nalyses</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="107"/>
        <source>&amp;Nodes</source>
        <translation>&amp;Nœuds</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/HistoryView.cpp" line="143"/>
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln tâche</numerusform>
            <numerusform>%Ln tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="194"/>
        <source>Select a job to see its throughput.</source>
        <translation>Sélectionnez une tâche pour voir son débit.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="227"/>
        <source>Job %1: %2 to %3, %4 (%5).</source>
        <translation>Tâche %1 : %2 vers %3, %4 (%5).</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="249"/>
        <source>Export job history</source>
        <translation>Exporter l&apos;historique des tâches</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="250"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="259"/>
        <source>No history database is open.</source>
        <translation>Aucune base d&apos;historique n&apos;est ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="284"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="289"/>
        <source>No throughput samples for this job.</source>
        <translation>Aucun échantillon de débit pour cette tâche.</translation>
    </message>
</context>
<context>
    <name>fleet::HostKeyActions</name>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="70"/>
        <source>Old host key of %1 forgotten</source>
        <translation>Ancienne clé d&apos;hôte de %1 oubliée</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="71"/>
        <source>Cannot forget the host key of %1</source>
        <translation>Impossible d&apos;oublier la clé d&apos;hôte de %1</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="73"/>
        <source>Push again: the new key is shown for you to compare and trust.</source>
        <translation>Poussez à nouveau : la nouvelle clé s&apos;affiche pour que vous la compariez et l&apos;approuviez.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="85"/>
        <source>Unknown host key: %1</source>
        <translation>Clé d&apos;hôte inconnue : %1</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="88"/>
        <source>%1 presents %2, which is not in known_hosts, so the push was refused. Compare it with the node&apos;s key, then trust it from a Fleet Commander window that can push, or with: fleetctl trust %3 --expect %2</source>
        <translation>%1 présente %2, qui n&apos;est pas dans known_hosts ; l&apos;envoi a donc été refusé. Comparez-la avec la clé du nœud, puis approuvez-la depuis une fenêtre Fleet Commander qui peut pousser, ou avec : fleetctl trust %3 --expect %2</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="96"/>
        <source>%1 presents %2, which is not in known_hosts, so the push was refused. Press Trust… to compare it with the node&apos;s key and record it; the push is then retried.</source>
        <translation>%1 présente %2, qui n&apos;est pas dans known_hosts ; l&apos;envoi a donc été refusé. Cliquez sur Approuver… pour la comparer avec la clé du nœud et l&apos;enregistrer ; l&apos;envoi est alors relancé.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="99"/>
        <source>Trust…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="134"/>
        <source>Host key of %1 recorded</source>
        <translation>Clé d&apos;hôte de %1 enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="135"/>
        <source>The push is retried.</source>
        <translation>L&apos;envoi est relancé.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="141"/>
        <source>Cannot trust the host key of %1</source>
        <translation>Impossible d&apos;approuver la clé d&apos;hôte de %1</translation>
    </message>
</context>
<context>
    <name>fleet::HostKeyDialog</name>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="20"/>
        <source>New host key: %1</source>
        <translation>Nouvelle clé d&apos;hôte : %1</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="20"/>
        <source>Host key changed: %1</source>
        <translation>Clé d&apos;hôte modifiée : %1</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="35"/>
        <source>SHA256 fingerprint</source>
        <translation>Empreinte SHA256</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="41"/>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Approuver et se connecter</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="42"/>
        <source>Record the key in known_hosts; later connections are checked against it.</source>
        <translation>Enregistrer la clé dans known_hosts ; les connexions suivantes sont vérifiées d&apos;après elle.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="44"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="47"/>
        <source>&amp;Forget old key</source>
        <translation>&amp;Oublier l&apos;ancienne clé</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="48"/>
        <source>Remove this node&apos;s recorded key from known_hosts. The next connection shows the new key for you to compare and trust.</source>
        <translation>Supprimer la clé enregistrée de ce nœud de known_hosts. La prochaine connexion affiche la nouvelle clé pour que vous la compariez et l&apos;approuviez.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="84"/>
        <source>This is the first connection to %1. Its SSH host key is not in known_hosts yet. Compare the fingerprint below with the one on the node&apos;s console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before you trust it.</source>
        <translation>C&apos;est la première connexion à %1. Sa clé d&apos;hôte SSH n&apos;est pas encore dans known_hosts. Comparez l&apos;empreinte ci-dessous avec celle affichée sur la console du nœud (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) avant de l&apos;approuver.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="88"/>
        <source>The SSH host key of %1 is different from the one recorded in known_hosts. Someone may be intercepting the connection, so Fleet Commander refuses to connect. If the node was reinstalled, check the new key on its console, then press Forget old key (or run: fleetctl trust %2 --forget) and connect again to trust the new key.</source>
        <translation>La clé d&apos;hôte SSH de %1 diffère de celle enregistrée dans known_hosts. Quelqu&apos;un intercepte peut-être la connexion ; Fleet Commander refuse donc de se connecter. Si le nœud a été réinstallé, vérifiez la nouvelle clé sur sa console, puis cliquez sur Oublier l&apos;ancienne clé (ou lancez : fleetctl trust %2 --forget) et reconnectez-vous pour approuver la nouvelle clé.</translation>
    </message>
</context>
<context>
    <name>fleet::ImageLibraryLoader</name>
    <message>
        <location filename="../ui/library/ImageLibraryLoader.cpp" line="37"/>
        <source>Reading the local Docker engine…</source>
        <translation>Lecture du moteur Docker local…</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryLoader.cpp" line="46"/>
        <source>The engine has no images yet. Build or pull one, then press F5.</source>
        <translation>Le moteur n&apos;a pas encore d&apos;images. Construisez-en ou récupérez-en une, puis appuyez sur F5.</translation>
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
        <translation>sans tag</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="64"/>
        <source>ID %1 · %2</source>
        <translation>ID %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="66"/>
        <source>Category: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="68"/>
        <source>Needs a GPU on the node.</source>
        <translation>Nécessite un GPU sur le nœud.</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="71"/>
        <source>Drag onto a node to push it.</source>
        <translation>Faites glisser sur un nœud pour la pousser.</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="75"/>
        <source>Image %1, %2</source>
        <translation>Image %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="77"/>
        <source>, category %1</source>
        <translation>, catégorie %1</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="79"/>
        <source>, needs a GPU</source>
        <translation>, nécessite un GPU</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="105"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="107"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="111"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="113"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>fleet::InventoryModel</name>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="67"/>
        <source>%1 lacks %2, which group %3 should hold.
Fix: Sync missing, or %4</source>
        <translation>%1 n&apos;a pas %2, que le groupe %3 doit avoir.
Correction : Synchroniser les manquantes, ou %4</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="69"/>
        <source>%1 holds %2, older than the catalog&apos;s %3.
Fix: Sync missing, or %4</source>
        <translation>%1 a %2, plus ancienne que %3 du catalogue.
Correction : Synchroniser les manquantes, ou %4</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="95"/>
        <source>asked through its Fleet Agent</source>
        <translation>interrogé via son Fleet Agent</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="96"/>
        <source>asked over SSH</source>
        <translation>interrogé par SSH</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="99"/>
        <source>agent: %1</source>
        <translation>agent : %1</translation>
    </message>
</context>
<context>
    <name>fleet::InventoryView</name>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="23"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="24"/>
        <source>&amp;Sync missing</source>
        <translation>&amp;Synchroniser les manquantes</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="32"/>
        <source>Ask every known node which images it holds (its agent where it runs, SSH elsewhere)</source>
        <translation>Demander à chaque nœud connu quelles images il a (son agent là où il tourne, SSH ailleurs)</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="33"/>
        <source>Push what the drift shows missing or outdated, to exactly the nodes concerned</source>
        <translation>Pousser ce que l&apos;écart montre comme manquant ou périmé, exactement vers les nœuds concernés</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="80"/>
        <source>The inventory is not available in this window (read-only).</source>
        <translation>L&apos;inventaire n&apos;est pas disponible dans cette fenêtre (lecture seule).</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="97"/>
        <source>No nodes known yet: scan for some first.</source>
        <translation>Aucun nœud connu pour l&apos;instant : lancez d&apos;abord une analyse.</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="134"/>
        <source>Nothing to sync: no node lacks what its groups want or holds an older tag.</source>
        <translation>Rien à synchroniser : aucun nœud ne manque de ce que veulent ses groupes ni n&apos;a un tag plus ancien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventory/InventoryView.cpp" line="139"/>
        <source>%n push(es) started; the columns refresh as each one succeeds.</source>
        <translation>
            <numerusform>%n envoi lancé ; les colonnes se mettent à jour dès qu&apos;il réussit.</numerusform>
            <numerusform>%n envois lancés ; les colonnes se mettent à jour à mesure que chacun réussit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="149"/>
        <location filename="../ui/inventory/InventoryView.cpp" line="153"/>
        <source>Asking the nodes…</source>
        <translation>Interrogation des nœuds…</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="154"/>
        <source>Press Refresh to see which node holds which image.</source>
        <translation>Appuyez sur Actualiser pour voir quel nœud a quelle image.</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="160"/>
        <source>%1, %2; drift: %3 missing, %4 outdated</source>
        <translation>%1, %2 ; écart : %3 manquantes, %4 obsolètes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventory/InventoryView.cpp" line="161"/>
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln nœud</numerusform>
            <numerusform>%Ln nœuds</numerusform>
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
        <translation>Échec de l&apos;envoi vers %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="36"/>
        <source>%1 could not be pushed; see History for the stage that failed.</source>
        <translation>%1 n&apos;a pas pu être poussée ; voyez l&apos;historique pour l&apos;étape en échec.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="42"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>fleet::JobRunner</name>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="59"/>
        <source>No node was given: name at least one node to push to.</source>
        <translation>Aucun nœud indiqué : nommez au moins un nœud vers lequel pousser.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="62"/>
        <source>No archive was given: name a docker-save archive file.</source>
        <translation>Aucune archive indiquée : nommez un fichier d&apos;archive docker-save.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="64"/>
        <source>An archive push names its images in the archive; drop the image name &quot;%1&quot;.</source>
        <translation>Un envoi d&apos;archive nomme ses images dans l&apos;archive ; retirez le nom d&apos;image « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="68"/>
        <source>%1: no such file. Name an existing docker-save archive (docker save -o FILE IMAGE).</source>
        <translation>%1 : fichier introuvable. Indiquez une archive docker-save existante (docker save -o FILE IMAGE).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="71"/>
        <source>%1 is not a readable file: name a docker-save archive.</source>
        <translation>%1 n&apos;est pas un fichier lisible : indiquez une archive docker-save.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="76"/>
        <source>No store was given: name the STORE-URL the image is kept in.</source>
        <translation>Aucun dépôt indiqué : nommez la STORE-URL où l&apos;image est conservée.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="79"/>
        <source>No image was given: name an image of %1 (fleetctl store list %1 shows them).</source>
        <translation>Aucune image indiquée : nommez une image de %1 (fleetctl store list %1 les montre).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="82"/>
        <source>A store push has no archive file; &quot;%1&quot; would be ignored.</source>
        <translation>Un envoi depuis un dépôt n&apos;a pas de fichier d&apos;archive ; « %1 » serait ignoré.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="84"/>
        <source>A direct download needs an S3 store (nodes fetch from it by a presigned link); %1 is not one. Use --via relay or auto.</source>
        <translation>Un téléchargement direct nécessite un dépôt S3 (les nœuds y récupèrent par un lien présigné) ; %1 n&apos;en est pas un. Utilisez --via relay ou auto.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="91"/>
        <source>&quot;%1&quot; is neither an archive name (%2) nor a tagged image reference (IMAGE:TAG).</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;archive (%2) ni une référence d&apos;image avec tag (IMAGE:TAG).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="99"/>
        <source>No image was given: name an image of the local engine or a docker-save archive.</source>
        <translation>Aucune image indiquée : nommez une image du moteur local ou une archive docker-save.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="101"/>
        <source>An image push has no archive file; &quot;%1&quot; would be ignored. Push the archive as an archive.</source>
        <translation>Un envoi d&apos;image n&apos;a pas de fichier d&apos;archive ; « %1 » serait ignoré. Poussez l&apos;archive en tant qu&apos;archive.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="111"/>
        <source>request id &quot;%1&quot; is not 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>l&apos;ID de demande « %1 » ne compte pas 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="115"/>
        <source>&quot;%1&quot; is not a valid node (expected host, host:port or user@host).</source>
        <translation>« %1 » n&apos;est pas un nœud valide (attendu : host, host:port ou user@host).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="119"/>
        <source>&quot;%1&quot; is not a valid container name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</source>
        <translation>« %1 » n&apos;est pas un nom de conteneur valide (lettres, chiffres, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="122"/>
        <source>restart policy &quot;%1&quot; is not one of no, always, unless-stopped, on-failure[:N].</source>
        <translation>la politique de redémarrage « %1 » n&apos;est pas l&apos;une de no, always, unless-stopped, on-failure[:N].</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="127"/>
        <source>port mapping &quot;%1&quot; is not HOST:CONTAINER[/PROTO].</source>
        <translation>le mappage de port « %1 » n&apos;est pas de la forme HOST:CONTAINER[/PROTO].</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="132"/>
        <source>environment entry &quot;%1&quot; is not KEY=VALUE.</source>
        <translation>l&apos;entrée d&apos;environnement « %1 » n&apos;est pas de la forme KEY=VALUE.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="134"/>
        <source>&quot;%1&quot; is not a valid network name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</source>
        <translation>« %1 » n&apos;est pas un nom de réseau valide (lettres, chiffres, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="136"/>
        <source>a CPU limit of %1 is not between 0 (no limit) and 1024.</source>
        <translation>une limite CPU de %1 n&apos;est pas comprise entre 0 (sans limite) et 1024.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="139"/>
        <source>a memory limit of %1 bytes is below Docker&apos;s minimum of 6m (0: no limit).</source>
        <translation>une limite mémoire de %1 octets est inférieure au minimum de Docker, 6m (0 : sans limite).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="142"/>
        <source>a health timeout of %1 s is not between 1 and 3600.</source>
        <translation>un délai de santé de %1 s n&apos;est pas compris entre 1 et 3600.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="144"/>
        <source>--force-gpu runs a GPU image where no GPU shows; it means nothing with --no-gpu.</source>
        <translation>--force-gpu lance une image GPU là où aucun GPU n&apos;apparaît ; avec --no-gpu, cela n&apos;a pas de sens.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="148"/>
        <source>label &quot;%1&quot; is not KEY=VALUE (a key of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;).</source>
        <translation>le label « %1 » n&apos;est pas de la forme KEY=VALUE (une clé de lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="150"/>
        <source>label &quot;%1&quot;: io.fleetcommander.* labels are the fleet&apos;s own (who deployed what, when); choose another key.</source>
        <translation>label « %1 » : les labels io.fleetcommander.* appartiennent à la flotte (qui a déployé quoi, et quand) ; choisissez une autre clé.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="155"/>
        <source>limits, GPU use and labels set up the container of the run stage: enable it (--run).</source>
        <translation>les limites, l&apos;usage du GPU et les labels configurent le conteneur de l&apos;étape d&apos;exécution : activez-la (--run).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="229"/>
        <source>No store was given: name a STORE-URL (dir:, s3://, registry://).</source>
        <translation>Aucun dépôt indiqué : nommez une STORE-URL (dir:, s3://, registry://).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="232"/>
        <source>A push is submitted as a push request, not a store verb.</source>
        <translation>Un envoi est soumis comme demande d&apos;envoi, pas comme action de dépôt.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="234"/>
        <source>No image was given: name at least one image.</source>
        <translation>Aucune image indiquée : nommez au moins une image.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="238"/>
        <source>No target store was given for the copy.</source>
        <translation>Aucun dépôt cible n&apos;a été indiqué pour la copie.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="240"/>
        <source>%1 is both the source and the target: choose another store.</source>
        <translation>%1 est à la fois la source et la cible : choisissez un autre dépôt.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="243"/>
        <source>An archive name is given to the put of one image.</source>
        <translation>Un nom d&apos;archive se donne au dépôt d&apos;une seule image.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="449"/>
        <source>%1: cancelled before it started</source>
        <translation>%1 : annulé avant de commencer</translation>
    </message>
</context>
<context>
    <name>fleet::JobsModel</name>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="32"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="35"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="327"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="40"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="332"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="42"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="334"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="44"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="336"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="46"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="338"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="85"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="90"/>
        <source>%1 left</source>
        <translation>%1 restantes</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="96"/>
        <source>%1 to %2: %3, %4</source>
        <translation>%1 vers %2 : %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="126"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="128"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="130"/>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="132"/>
        <source>Save</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="134"/>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="136"/>
        <source>Load</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="138"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="140"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="142"/>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="144"/>
        <source>ETA</source>
        <translation>Reste</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="146"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>fleet::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="39"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="40"/>
        <source>One row per node of a push; a push to several nodes is one row to expand. Delete cancels the selected jobs, Ctrl+Shift+R retries them.</source>
        <translation>Une ligne par nœud d’un envoi ; un envoi vers plusieurs nœuds est une ligne à déplier. Suppr annule les tâches sélectionnées, Ctrl+Maj+R les relance.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="56"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="56"/>
        <source>Cancel the selected jobs (Delete)</source>
        <translation>Annuler les tâches sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="57"/>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="57"/>
        <source>Run the selected failed or cancelled jobs again (Ctrl+Shift+R)</source>
        <translation>Relancer les tâches sélectionnées en échec ou annulées (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="59"/>
        <source>Clear finished</source>
        <translation>Effacer les terminées</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="59"/>
        <source>Remove finished jobs from this list (they stay in History)</source>
        <translation>Retirer les tâches terminées de cette liste (elles restent dans l&apos;historique)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="66"/>
        <source>&lt;b&gt;Jobs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tâches&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="124"/>
        <source>Push an image to see its throughput here.</source>
        <translation>Poussez une image pour voir son débit ici.</translation>
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
            <numerusform>Fleet Commander : %n tâche en cours</numerusform>
            <numerusform>Fleet Commander : %n tâches en cours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/JobsTrayIcon.cpp" line="52"/>
        <source>Fleet Commander: no jobs running</source>
        <translation>Fleet Commander : aucune tâche en cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/JobsTrayIcon.cpp" line="54"/>
        <source>%n job(s) failed</source>
        <translation>
            <numerusform>%n tâche en échec</numerusform>
            <numerusform>%n tâches en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::JobsTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="344"/>
        <source>%1 of %n node(s) done</source>
        <translation>
            <numerusform>%1 nœud sur %n terminé</numerusform>
            <numerusform>%1 nœuds sur %n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="345"/>
        <source>%1 of %n job(s) done</source>
        <translation>
            <numerusform>%1 tâche sur %n terminée</numerusform>
            <numerusform>%1 tâches sur %n terminées</numerusform>
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
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="377"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="379"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n réussi</numerusform>
            <numerusform>%n réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="381"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="385"/>
        <source>%1 to %2: %3</source>
        <translation>%1 vers %2 : %3</translation>
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
        <translation>Recharger les images du moteur Docker local et des dépôts (F5)</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="35"/>
        <source>Reload images</source>
        <translation>Recharger les images</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="38"/>
        <source>Search images and archives</source>
        <translation>Rechercher des images et des archives</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="40"/>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="54"/>
        <source>Image library</source>
        <translation>Bibliothèque d&apos;images</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="55"/>
        <source>Drag images onto a node to push them there; select several to push them together.</source>
        <translation>Faites glisser des images sur un nœud pour les y pousser ; sélectionnez-en plusieurs pour les pousser ensemble.</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="77"/>
        <location filename="../ui/library/LibraryPanel.cpp" line="240"/>
        <source>This workstation</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="78"/>
        <source>The images of the local Docker engine</source>
        <translation>Les images du moteur Docker local</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="168"/>
        <source>The store %1: %2</source>
        <translation>Le dépôt %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="240"/>
        <source>This workstation (%1)</source>
        <translation>Ce poste (%1)</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="256"/>
        <source>&amp;Put into store</source>
        <translation>&amp;Mettre dans un dépôt</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="274"/>
        <source>&amp;Copy to store</source>
        <translation>&amp;Copier vers un dépôt</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="281"/>
        <source>&amp;Delete from store…</source>
        <translation>&amp;Supprimer du dépôt…</translation>
    </message>
</context>
<context>
    <name>fleet::MainActions</name>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="28"/>
        <source>&amp;Scan…</source>
        <translation>&amp;Analyser…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="28"/>
        <source>Discover nodes on networks and from SSH files</source>
        <translation>Découvrir des nœuds sur les réseaux et dans les fichiers SSH</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="30"/>
        <source>&amp;Push</source>
        <translation>&amp;Pousser</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="30"/>
        <source>Push the selected images to the selected nodes</source>
        <translation>Pousser les images sélectionnées vers les nœuds sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="32"/>
        <source>&amp;Install agent</source>
        <translation>&amp;Installer l&apos;agent</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="33"/>
        <source>Install the Fleet Agent on the selected nodes over SSH</source>
        <translation>Installer le Fleet Agent sur les nœuds sélectionnés par SSH</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="35"/>
        <source>Clean &amp;up images…</source>
        <translation>&amp;Nettoyer les images…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="36"/>
        <source>Remove images the selected nodes can load again from a store, and dangling ones</source>
        <translation>Supprimer les images que les nœuds sélectionnés peuvent recharger depuis un dépôt, et les images orphelines</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="38"/>
        <source>Containers and &amp;logs…</source>
        <translation>Conteneurs et &amp;journaux…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="39"/>
        <source>The selected node&apos;s containers (stop, start, restart, remove) and their logs</source>
        <translation>Les conteneurs du nœud sélectionné (arrêter, démarrer, redémarrer, supprimer) et leurs journaux</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="41"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="42"/>
        <source>Cancel the selected jobs, or all running jobs when none is selected</source>
        <translation>Annuler les tâches sélectionnées, ou toutes celles en cours si aucune n&apos;est sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="44"/>
        <source>&amp;Reload images</source>
        <translation>&amp;Recharger les images</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="45"/>
        <source>Read the local Docker engine&apos;s images and the stores&apos; archives again</source>
        <translation>Relire les images du moteur Docker local et les archives des dépôts</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="47"/>
        <source>Only &amp;not installed</source>
        <translation>Seulement &amp;non installés</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="48"/>
        <source>Show only nodes where SSH works but the agent is missing</source>
        <translation>N&apos;afficher que les nœuds où SSH fonctionne mais où l&apos;agent manque</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="51"/>
        <source>&amp;Confirm drops</source>
        <translation>&amp;Confirmer les dépôts</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="52"/>
        <source>Ask for transfer mode and run options before each push</source>
        <translation>Demander le mode de transfert et les options d&apos;exécution avant chaque envoi</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="54"/>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Notifications du bureau</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="55"/>
        <source>Tell the desktop when a push ends while the window is in the background</source>
        <translation>Prévenir le bureau quand un envoi se termine alors que la fenêtre est en arrière-plan</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="58"/>
        <source>Show in the system &amp;tray</source>
        <translation>Afficher dans la zone de &amp;notification</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="59"/>
        <source>An icon in the system tray that counts the running jobs</source>
        <translation>Une icône dans la zone de notification qui compte les tâches en cours</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="63"/>
        <source>&amp;Build image…</source>
        <translation>&amp;Construire une image…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="66"/>
        <source>Build an image definition folder in the local Docker Engine</source>
        <translation>Construire un dossier de définition d&apos;image dans le moteur Docker local</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="68"/>
        <source>&amp;Export history as CSV…</source>
        <translation>&amp;Exporter l&apos;historique en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="72"/>
        <source>&amp;Fleet</source>
        <translation>&amp;Flotte</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="74"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="76"/>
        <source>&amp;Filter nodes</source>
        <translation>&amp;Filtrer les nœuds</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="79"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="83"/>
        <source>Stores and other settings</source>
        <translation>Dépôts et autres paramètres</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="92"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="102"/>
        <source>F&amp;leet</source>
        <translation>F&amp;lotte</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="104"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="105"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="110"/>
        <source>Main</source>
        <translation>Principale</translation>
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
        <location filename="../ui/shell/MainWindow.cpp" line="92"/>
        <source>Cannot read the last known fleet</source>
        <translation>Impossible de lire la dernière flotte connue</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="107"/>
        <source>Cannot read the history</source>
        <translation>Impossible de lire l&apos;historique</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="112"/>
        <source>History exported</source>
        <translation>Historique exporté</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="113"/>
        <source>%n job(s) written to %1.</source>
        <translation>
            <numerusform>%n tâche écrite dans %1.</numerusform>
            <numerusform>%n tâches écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="115"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="130"/>
        <source>Apptainer</source>
        <translation>Apptainer</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="131"/>
        <source>The Apptainer registry: .sif images by partition, job templates</source>
        <translation>Le registre Apptainer : images .sif par partition, modèles de tâches</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>&amp;Fleet</source>
        <translation>&amp;Flotte</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="158"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="171"/>
        <source>Docker engine: connecting…</source>
        <translation>Moteur Docker : connexion…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="172"/>
        <source>Docker engine status</source>
        <translation>État du moteur Docker</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="357"/>
        <source>Docker engine not reachable</source>
        <translation>Moteur Docker injoignable</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="359"/>
        <source>Cannot list the local images</source>
        <translation>Impossible de lister les images locales</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="378"/>
        <source>Agent installation is not available</source>
        <translation>L&apos;installation de l&apos;agent n&apos;est pas disponible</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="379"/>
        <source>This build cannot install the Fleet Agent from the window yet. Use `fleetctl agent install NODE` in a terminal.</source>
        <translation>Cette version ne peut pas encore installer le Fleet Agent depuis la fenêtre. Utilisez `fleetctl agent install NODE` dans un terminal.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="397"/>
        <source>Cleaning up is not available</source>
        <translation>Le nettoyage n&apos;est pas disponible</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="398"/>
        <source>This window runs nothing (read-only). Use `fleetctl prune NODE` in a terminal.</source>
        <translation>Cette fenêtre n&apos;exécute rien (lecture seule). Utilisez `fleetctl prune NODE` dans un terminal.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="410"/>
        <source>Containers are not available</source>
        <translation>Les conteneurs ne sont pas disponibles</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="411"/>
        <source>This window runs nothing (read-only). Use `fleetctl containers %1` in a terminal.</source>
        <translation>Cette fenêtre n&apos;exécute rien (lecture seule). Utilisez `fleetctl containers %1` dans un terminal.</translation>
    </message>
</context>
<context>
    <name>fleet::NodeDetailDialog</name>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="55"/>
        <source>%1 — containers and logs</source>
        <translation>%1 — conteneurs et journaux</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="63"/>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="229"/>
        <source>Runtime: not probed yet</source>
        <translation>Environnement : pas encore sondé</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="69"/>
        <source>&amp;Probe</source>
        <translation>&amp;Sonder</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="71"/>
        <source>Ask the node which container runtime it has and how this user reaches it</source>
        <translation>Demander au nœud quel environnement de conteneurs il a et comment cet utilisateur y accède</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="80"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Uptime</source>
        <translation>Durée de fonctionnement</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="93"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="94"/>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="95"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="96"/>
        <source>Rest&amp;art</source>
        <translation>Redé&amp;marrer</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="97"/>
        <source>Re&amp;move…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="109"/>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="110"/>
        <source>Keep adding new lines of the selected container&apos;s log</source>
        <translation>Continuer d&apos;ajouter les nouvelles lignes du journal du conteneur sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="113"/>
        <source>Container log</source>
        <translation>Journal du conteneur</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="166"/>
        <source>system not known yet</source>
        <translation>système encore inconnu</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="167"/>
        <source>no Fleet Agent</source>
        <translation>pas de Fleet Agent</translation>
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
        <translation>stockage %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="243"/>
        <source>%1 free in its root</source>
        <translation>%1 libres dans sa racine</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="245"/>
        <source>%1 free in %2</source>
        <translation>%1 libres dans %2</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="248"/>
        <source>Runtime: %1</source>
        <translation>Environnement : %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="254"/>
        <source>Probing %1…</source>
        <translation>Sondage de %1…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="276"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="301"/>
        <source>Started by Fleet Commander</source>
        <translation>Démarré par Fleet Commander</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="306"/>
        <source>No containers on this node.</source>
        <translation>Aucun conteneur sur ce nœud.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="307"/>
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n conteneur</numerusform>
            <numerusform>%n conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="324"/>
        <source>Remove the container %1 from %2? A running container is stopped first; what it wrote inside itself is lost.</source>
        <translation>Supprimer le conteneur %1 de %2 ? Un conteneur en cours d&apos;exécution est d&apos;abord arrêté ; ce qu&apos;il a écrit en lui-même est perdu.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="327"/>
        <source>Remove container</source>
        <translation>Supprimer le conteneur</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="335"/>
        <source>docker %1 %2…</source>
        <translation>docker %1 %2…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="345"/>
        <source>docker %1 %2: %3</source>
        <translation>docker %1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="347"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
</context>
<context>
    <name>fleet::NodeIdentityDialog</name>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="26"/>
        <source>SSH identity of %1</source>
        <translation>Identité SSH de %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="28"/>
        <source>Identity for</source>
        <translation>Identité pour</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="29"/>
        <source>This node (%1)</source>
        <translation>Ce nœud (%1)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="31"/>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="33"/>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="34"/>
        <source>empty: no override</source>
        <translation>vide : pas de clé propre</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="37"/>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="38"/>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="96"/>
        <source>Choose the private key</source>
        <translation>Choisir la clé privée</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="51"/>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="52"/>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="85"/>
        <source>In use without an override: %1</source>
        <translation>Utilisée sans clé propre : %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="87"/>
        <source>In use: %1 (%2)</source>
        <translation>Utilisée : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="88"/>
        <source>this node&apos;s own</source>
        <translation>celle de ce nœud</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="89"/>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
</context>
<context>
    <name>fleet::NodeListModel</name>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="36"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="38"/>
        <source>. SSH works but the Fleet Agent is not installed: select the node and use Install agent.</source>
        <translation>. SSH fonctionne mais le Fleet Agent n&apos;est pas installé : sélectionnez le nœud et utilisez Installer l&apos;agent.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="76"/>
        <source>last seen %1</source>
        <translation>vu pour la dernière fois %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="92"/>
        <source>OS not known yet</source>
        <translation>Système encore inconnu</translation>
    </message>
</context>
<context>
    <name>fleet::NodeTileDelegate</name>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="111"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
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
        <translation>MÉM</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="151"/>
        <source>DISK</source>
        <translation>DISQUE</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="272"/>
        <source>Push to this node</source>
        <translation>Pousser vers ce nœud</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="272"/>
        <source>Push to %n node(s)</source>
        <translation>
            <numerusform>Pousser vers %n nœud</numerusform>
            <numerusform>Pousser vers %n nœuds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::NodeTileView</name>
    <message>
        <location filename="../ui/fleet/NodeTileView.cpp" line="30"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileView.cpp" line="31"/>
        <source>Drag images from the library onto a node to push them; a drop on a selected node pushes to the whole selection.</source>
        <translation>Faites glisser des images de la bibliothèque sur un nœud pour les pousser ; un dépôt sur un nœud sélectionné pousse vers toute la sélection.</translation>
    </message>
</context>
<context>
    <name>fleet::NodesPanel</name>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="28"/>
        <source>Filter nodes by name, address, OS…</source>
        <translation>Filtrer les nœuds par nom, adresse, système…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="30"/>
        <source>Node filter</source>
        <translation>Filtre de nœuds</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="31"/>
        <source>Show only nodes whose name, address, OS, architecture or state contains this text (Ctrl+F).</source>
        <translation>N&apos;afficher que les nœuds dont le nom, l&apos;adresse, le système, l&apos;architecture ou l&apos;état contient ce texte (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="35"/>
        <source>State filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="36"/>
        <source>Show only nodes in one state.</source>
        <translation>N&apos;afficher que les nœuds dans un état.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="37"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="42"/>
        <source>Not installed</source>
        <translation>Non installé</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="44"/>
        <source>Show only nodes without the agent</source>
        <translation>N&apos;afficher que les nœuds sans agent</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="45"/>
        <source>One click: show only nodes that answer SSH but have no Fleet Agent (Ctrl+Shift+N).</source>
        <translation>Un clic : n&apos;afficher que les nœuds qui répondent en SSH mais n&apos;ont pas de Fleet Agent (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="49"/>
        <source>Sort nodes</source>
        <translation>Trier les nœuds</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="50"/>
        <source>Order of the tiles.</source>
        <translation>Ordre des tuiles.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="51"/>
        <source>Sort by address</source>
        <translation>Trier par adresse</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="52"/>
        <source>Sort by name</source>
        <translation>Trier par nom</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="53"/>
        <source>Sort by state</source>
        <translation>Trier par état</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="54"/>
        <source>Sort by last seen</source>
        <translation>Trier par dernière apparition</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="57"/>
        <source>Select group</source>
        <translation>Sélectionner un groupe</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="58"/>
        <source>Select the tiles of a node group (fleetctl group add, or Groups… on a tile).</source>
        <translation>Sélectionner les tuiles d&apos;un groupe de nœuds (fleetctl group add, ou Groupes… sur une tuile).</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="152"/>
        <source>Select group…</source>
        <translation>Sélectionner un groupe…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="173"/>
        <source>No nodes yet. Scan the network (Ctrl+Shift+S) to discover your fleet.</source>
        <translation>Aucun nœud pour l&apos;instant. Analysez le réseau (Ctrl+Maj+S) pour découvrir votre flotte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodesPanel.cpp" line="174"/>
        <source>No node matches the filter. Clear the filter to see all %n node(s).</source>
        <translation>
            <numerusform>Aucun nœud ne correspond au filtre. Effacez le filtre pour voir le %n nœud.</numerusform>
            <numerusform>Aucun nœud ne correspond au filtre. Effacez le filtre pour voir les %n nœuds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::NotificationArea</name>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="26"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="74"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="75"/>
        <source>Dismiss notification: %1</source>
        <translation>Fermer la notification : %1</translation>
    </message>
</context>
<context>
    <name>fleet::PruneDialog</name>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="26"/>
        <source>&lt;none&gt;</source>
        <translation>&lt;aucun&gt;</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="37"/>
        <source>Clean up images</source>
        <translation>Nettoyer les images</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="40"/>
        <source>Images that a store holds (they load again from there) and dangling images (untagged, unused) on %1. Images a container uses, running or stopped, stay.</source>
        <translation>Les images qu&apos;un dépôt contient (elles se rechargent depuis celui-ci) et les images orphelines (sans tag, inutilisées) sur %1. Les images qu&apos;un conteneur utilise, en cours ou arrêté, restent.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="51"/>
        <source>Images to remove</source>
        <translation>Images à supprimer</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="61"/>
        <source>Remove images</source>
        <translation>Supprimer les images</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="94"/>
        <source>Computing the plan…</source>
        <translation>Calcul du plan…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="114"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="118"/>
        <source>%1 — %n image(s), up to %2</source>
        <translation>
            <numerusform>%1 — %n image, jusqu&apos;à %2</numerusform>
            <numerusform>%1 — %n images, jusqu&apos;à %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="123"/>
        <source>reloadable from %1 (%2)</source>
        <translation>rechargeable depuis %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="124"/>
        <source>dangling</source>
        <translation>orpheline</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="127"/>
        <source>kept: used by %1</source>
        <translation>conservée : utilisée par %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="135"/>
        <source>Space freed: up to %1</source>
        <translation>Espace libéré : jusqu&apos;à %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="136"/>
        <source>Nothing to remove.</source>
        <translation>Rien à supprimer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="137"/>
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>Supprimer %n image</numerusform>
            <numerusform>Supprimer %n images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="145"/>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="170"/>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="170"/>
        <source>not removed: %1</source>
        <translation>non supprimée : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="175"/>
        <source>Removed %n image(s), %1 freed.</source>
        <translation>
            <numerusform>%n image supprimée, %1 libérés.</numerusform>
            <numerusform>%n images supprimées, %1 libérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="176"/>
        <source>%n could not be removed.</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être supprimée.</numerusform>
            <numerusform>%n n&apos;ont pas pu être supprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::PushConfirmPopover</name>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="29"/>
        <source>Confirm push</source>
        <translation>Confirmer l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="39"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="49"/>
        <source>Stream (straight into docker load)</source>
        <translation>Flux (directement dans docker load)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="50"/>
        <source>Copy first (scp, checked, resumable)</source>
        <translation>Copier d&apos;abord (scp, vérifié, reprenable)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="51"/>
        <source>Transfer mode</source>
        <translation>Mode de transfert</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="52"/>
        <source>Stream is fastest. Copy first writes a temporary file on the node, checks its SHA-256 and resumes after a broken connection; use it for big images over slow links.</source>
        <translation>Le flux est le plus rapide. Copier d&apos;abord écrit un fichier temporaire sur le nœud, vérifie son SHA-256 et reprend après une connexion coupée ; utilisez-le pour les grosses images sur des liens lents.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="55"/>
        <source>Rela&amp;y through the nodes</source>
        <translation>Rela&amp;yer par les nœuds</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="56"/>
        <source>Send the image once, to the first node; each node loads it and passes it on to the next over SSH, with a key made for this push and removed after it. For many nodes behind a slow link from here.</source>
        <translation>Envoyer l’image une seule fois, au premier nœud ; chaque nœud la charge et la transmet au suivant par SSH, avec une clé créée pour ce push et supprimée ensuite. Pour de nombreux nœuds derrière une liaison lente depuis ce poste.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="63"/>
        <source>&amp;Run after load</source>
        <translation>&amp;Exécuter après le chargement</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="64"/>
        <source>Start a container from the image (docker run -d) once it is loaded.</source>
        <translation>Démarrer un conteneur à partir de l&apos;image (docker run -d) une fois chargée.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="69"/>
        <source>chosen by Docker</source>
        <translation>choisi par Docker</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="70"/>
        <source>Container name</source>
        <translation>Nom du conteneur</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="75"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="76"/>
        <source>CPU limit</source>
        <translation>Limite CPU</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="78"/>
        <source>no limit (e.g. 512m, 2g)</source>
        <translation>sans limite (par ex. 512m, 2g)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="79"/>
        <source>Memory limit</source>
        <translation>Limite mémoire</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="80"/>
        <source>A running container of the same name is replaced only once the new one is healthy; otherwise it keeps running.</source>
        <translation>Un conteneur du même nom en cours d&apos;exécution n&apos;est remplacé qu&apos;une fois le nouveau en bonne santé ; sinon il continue de tourner.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="87"/>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPU :</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="88"/>
        <source>M&amp;emory:</source>
        <translation>M&amp;émoire :</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="94"/>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;Ne plus demander</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="95"/>
        <source>Push at once on the next drops with these choices. Turn asking back on with Settings → Confirm drops.</source>
        <translation>Pousser immédiatement avec ces choix lors des prochains dépôts. Réactivez la question avec Paramètres → Confirmer les dépôts.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="98"/>
        <source>&amp;Push</source>
        <translation>&amp;Pousser</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="105"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="126"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="127"/>
        <source>Push %1 to %2?</source>
        <translation>Pousser %1 vers %2 ?</translation>
    </message>
</context>
<context>
    <name>fleet::PushController</name>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="40"/>
        <source>Nothing to push</source>
        <translation>Rien à pousser</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="41"/>
        <source>Select one or more images in the library and one or more nodes, then press Push (Ctrl+P), or drag the images onto a node.</source>
        <translation>Sélectionnez une ou plusieurs images dans la bibliothèque et un ou plusieurs nœuds, puis appuyez sur Pousser (Ctrl+P), ou faites glisser les images sur un nœud.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="68"/>
        <source>GPU image on a node without a GPU</source>
        <translation>Image GPU sur un nœud sans GPU</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="91"/>
        <source>Cannot sync</source>
        <translation>Impossible de synchroniser</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="92"/>
        <source>This window is not connected to a job runner (a test or screenshot build). Start fleet-commander normally to sync images.</source>
        <translation>Cette fenêtre n&apos;est reliée à aucun exécuteur de tâches (version de test ou de capture d&apos;écran). Lancez fleet-commander normalement pour synchroniser des images.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="101"/>
        <source>Cannot push</source>
        <translation>Impossible de pousser</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="102"/>
        <source>This window is not connected to a job runner (a test or screenshot build). Start fleet-commander normally to push images.</source>
        <translation>Cette fenêtre n&apos;est reliée à aucun exécuteur de tâches (version de test ou de capture d&apos;écran). Lancez fleet-commander normalement pour pousser des images.</translation>
    </message>
</context>
<context>
    <name>fleet::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="15"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="19"/>
        <source>&amp;Stores</source>
        <translation>&amp;Dépôts</translation>
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
        <translation>Partition de registre %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="110"/>
        <source>unsigned</source>
        <translation>non signée</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="111"/>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="111"/>
        <source>signed (not verified)</source>
        <translation>signée (non vérifiée)</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="134"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="136"/>
        <source>Arch</source>
        <translation>Arch.</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="138"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="140"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="142"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>fleet::SifPane</name>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="55"/>
        <source>Choose registry folder…</source>
        <translation>Choisir le dossier du registre…</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="57"/>
        <source>The folder that holds images/&lt;partition&gt;/*.sif (local disk or an NFS/CephFS mount)</source>
        <translation>Le dossier qui contient images/&lt;partition&gt;/*.sif (disque local ou montage NFS/CephFS)</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="58"/>
        <source>Rescan</source>
        <translation>Réanalyser</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="59"/>
        <source>Scan the registry again (unchanged files are not hashed again)</source>
        <translation>Réanalyser le registre (les fichiers inchangés ne sont pas hachés à nouveau)</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="67"/>
        <source>Apptainer images by partition</source>
        <translation>Images Apptainer par partition</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="68"/>
        <source>Drag an image onto node tiles to copy it into their Apptainer cache</source>
        <translation>Faites glisser une image sur des tuiles de nœuds pour la copier dans leur cache Apptainer</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="76"/>
        <location filename="../ui/sif/SifPane.cpp" line="80"/>
        <source>Job templates</source>
        <translation>Modèles de tâches</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="110"/>
        <location filename="../ui/sif/SifPane.cpp" line="120"/>
        <source>No registry folder chosen</source>
        <translation>Aucun dossier de registre choisi</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="129"/>
        <source>Choose the registry folder (images/&lt;partition&gt;/*.sif) to see its Apptainer images.</source>
        <translation>Choisissez le dossier du registre (images/&lt;partition&gt;/*.sif) pour voir ses images Apptainer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sif/SifPane.cpp" line="156"/>
        <source>%n file(s) flagged: they are never synced.</source>
        <translation>
            <numerusform>%n fichier signalé : il n&apos;est jamais synchronisé.</numerusform>
            <numerusform>%n fichiers signalés : ils ne sont jamais synchronisés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="181"/>
        <source>Apptainer registry folder</source>
        <translation>Dossier du registre Apptainer</translation>
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
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="39"/>
        <source>missing</source>
        <translation>absente</translation>
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
Disponible : %2</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="47"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>fleet::StoreArchiveModel</name>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="71"/>
        <source>In the store %1 (%2)</source>
        <translation>Dans le dépôt %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="75"/>
        <source>sha256:%1</source>
        <translation>sha256:%1</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="77"/>
        <source>Image ID %1</source>
        <translation>ID d&apos;image %1</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="79"/>
        <source>Stored %1</source>
        <translation>Stockée %1</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="80"/>
        <source>Drag onto a node to push it from the store.</source>
        <translation>Faites glisser sur un nœud pour la pousser depuis le dépôt.</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="84"/>
        <source>Archive %1 in %2, %3</source>
        <translation>Archive %1 dans %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="104"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="106"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="108"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="110"/>
        <source>Stored</source>
        <translation>Stockée</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="112"/>
        <source>Digest</source>
        <translation>Condensé</translation>
    </message>
</context>
<context>
    <name>fleet::StoreEditDialog</name>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="41"/>
        <source>Store</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="43"/>
        <source>e.g. team-archives</source>
        <translation>par ex. team-archives</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="46"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="47"/>
        <source>S3 bucket</source>
        <translation>Bucket S3</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="48"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="64"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="66"/>
        <source>List the store with these settings and say how many archives it holds</source>
        <translation>Lister le dépôt avec ces paramètres et indiquer combien d&apos;archives il contient</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="71"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="72"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="106"/>
        <source>/srv/image-archives</source>
        <translation>/srv/image-archives</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="107"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="109"/>
        <source>Folder of archives</source>
        <translation>Dossier d&apos;archives</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="118"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="125"/>
        <source>http://127.0.0.1:9000 (empty: AWS)</source>
        <translation>http://127.0.0.1:9000 (vide : AWS)</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="126"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="127"/>
        <source>optional, e.g. team/</source>
        <translation>facultatif, par ex. team/</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="132"/>
        <source>Credentials: saved in the keychain. Type new ones to replace them.</source>
        <translation>Identifiants : enregistrés dans le trousseau. Saisissez-en de nouveaux pour les remplacer.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="137"/>
        <source>&amp;Endpoint URL:</source>
        <translation>URL du point d&apos;&amp;accès :</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="138"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket :</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="139"/>
        <source>&amp;Prefix:</source>
        <translation>&amp;Préfixe :</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="140"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="141"/>
        <source>&amp;Access key ID:</source>
        <translation>ID de clé d&apos;&amp;accès :</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="142"/>
        <source>&amp;Secret key:</source>
        <translation>Clé &amp;secrète :</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="150"/>
        <source>host:port, e.g. 127.0.0.1:5000</source>
        <translation>host:port, par ex. 127.0.0.1:5000</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="151"/>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="152"/>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="307"/>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="308"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="154"/>
        <source>Login: saved in the keychain. Type a new one to replace it.</source>
        <translation>Connexion : enregistrée dans le trousseau. Saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="159"/>
        <source>&amp;Registry:</source>
        <translation>&amp;Registre :</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="160"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="161"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="279"/>
        <source>Give the store a name.</source>
        <translation>Donnez un nom au dépôt.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="281"/>
        <source>A store name is one line of at most 64 characters.</source>
        <translation>Un nom de dépôt tient sur une ligne d&apos;au plus 64 caractères.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="283"/>
        <source>Another store is already called %1.</source>
        <translation>Un autre dépôt s&apos;appelle déjà %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="285"/>
        <source>Choose the folder of archives.</source>
        <translation>Choisissez le dossier des archives.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="286"/>
        <source>Name the bucket.</source>
        <translation>Indiquez le bucket.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="287"/>
        <source>Name the registry as host:port.</source>
        <translation>Indiquez le registre sous la forme host:port.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="292"/>
        <source>Type both the access key ID and the secret key (or neither).</source>
        <translation>Saisissez à la fois l&apos;ID de clé d&apos;accès et la clé secrète (ou aucune des deux).</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="293"/>
        <source>Type both the user and the password (or neither).</source>
        <translation>Saisissez à la fois l&apos;utilisateur et le mot de passe (ou aucun des deux).</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="304"/>
        <source>saved in the keychain</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="331"/>
        <source>Listing %1…</source>
        <translation>Liste de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/StoreEditDialog.cpp" line="340"/>
        <source>The store answered: %n archive(s) in %1.</source>
        <translation>
            <numerusform>Le dépôt a répondu : %n archive dans %1.</numerusform>
            <numerusform>Le dépôt a répondu : %n archives dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::StoreOperations</name>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="48"/>
        <source>Putting %1 into %2</source>
        <translation>Dépôt de %1 dans %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/StoreOperations.cpp" line="61"/>
        <source>Delete %1 from the store %2? The archive is gone for everyone who uses this store.</source>
        <translation>
            <numerusform>Supprimer %1 du dépôt %2 ? L&apos;archive disparaît pour tous ceux qui utilisent ce dépôt.</numerusform>
            <numerusform>Supprimer %1 du dépôt %2 ? Les archives disparaissent pour tous ceux qui utilisent ce dépôt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="65"/>
        <source>Delete from store</source>
        <translation>Supprimer du dépôt</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="71"/>
        <source>Deleting %1 from %2</source>
        <translation>Suppression de %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="86"/>
        <source>Copying %1 from %2 to %3</source>
        <translation>Copie de %1 de %2 vers %3</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="130"/>
        <source>%1 failed</source>
        <translation>Échec de %1</translation>
    </message>
</context>
<context>
    <name>fleet::StorePane</name>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="30"/>
        <source>Archives in the store %1</source>
        <translation>Archives du dépôt %1</translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="31"/>
        <source>Drag archives onto a node to push them from the store %1.</source>
        <translation>Faites glisser des archives sur un nœud pour les pousser depuis le dépôt %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="41"/>
        <source>Reading the store %1</source>
        <translation>Lecture du dépôt %1</translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="106"/>
        <source>This store holds no archives yet. Right-click an image of this workstation: Put into store.</source>
        <translation>Ce dépôt ne contient encore aucune archive. Clic droit sur une image de ce poste : Mettre dans un dépôt.</translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="108"/>
        <source>No archive matches the search.</source>
        <translation>Aucune archive ne correspond à la recherche.</translation>
    </message>
</context>
<context>
    <name>fleet::StoresSettingsPage</name>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="31"/>
        <source>Stores keep image archives between builds and deployments: a folder, an S3 bucket or a registry. They show in the library beside this workstation&apos;s images. fleetctl uses the same list (fleetctl store …).</source>
        <translation>Les dépôts conservent des archives d&apos;images entre les constructions et les déploiements : un dossier, un bucket S3 ou un registre. Ils apparaissent dans la bibliothèque à côté des images de ce poste. fleetctl utilise la même liste (fleetctl store …).</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="39"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="39"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="39"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="42"/>
        <source>Configured stores</source>
        <translation>Dépôts configurés</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="44"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="46"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="48"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="50"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="52"/>
        <source>List the selected store and say how many archives it holds</source>
        <translation>Lister le dépôt sélectionné et indiquer combien d&apos;archives il contient</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="117"/>
        <source>new, saved in the keychain with OK</source>
        <translation>nouveaux, enregistrés dans le trousseau avec OK</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="119"/>
        <source>saved in the keychain</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="121"/>
        <source>none (or from the environment)</source>
        <translation>aucun (ou depuis l&apos;environnement)</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="148"/>
        <source>Add a store</source>
        <translation>Ajouter un dépôt</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="148"/>
        <source>Edit the store %1</source>
        <translation>Modifier le dépôt %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="198"/>
        <source>The credentials of %1 could not be saved in the keychain: %2</source>
        <translation>Les identifiants de %1 n&apos;ont pas pu être enregistrés dans le trousseau : %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="238"/>
        <source>Listing %1…</source>
        <translation>Liste de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="245"/>
        <source>%1 answered: %n archive(s).</source>
        <translation>
            <numerusform>%1 a répondu : %n archive.</numerusform>
            <numerusform>%1 a répondu : %n archives.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="247"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>fleet::TelemetryWorker</name>
    <message>
        <location filename="../core/agent/TelemetryWorker.cpp" line="32"/>
        <source>%1: no agent token is recorded on this workstation; use Install agent.</source>
        <translation>%1 : aucun jeton d&apos;agent n&apos;est enregistré sur ce poste ; utilisez Installer l&apos;agent.</translation>
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
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="20"/>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="22"/>
        <source>Load</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="24"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="26"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="43"/>
        <source>s since the stage started</source>
        <translation>s depuis le début de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="46"/>
        <source>MB/s</source>
        <translation>Mo/s</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="52"/>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="53"/>
        <source>Bytes per second of each stage over time</source>
        <translation>Octets par seconde de chaque étape au fil du temps</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="56"/>
        <source>Select a job to see its throughput.</source>
        <translation>Sélectionnez une tâche pour voir son débit.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="93"/>
        <source>%1: no bytes moved yet</source>
        <translation>%1 : aucun octet transféré pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>fleet::TileActivity</name>
    <message>
        <location filename="../ui/fleet/TileActivity.cpp" line="25"/>
        <source>%1 · queued</source>
        <translation>%1 · en attente</translation>
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
