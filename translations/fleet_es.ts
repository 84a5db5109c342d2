<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgentLifecycle</name>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="76"/>
        <source>%1: the agent is installed but does not answer: %2</source>
        <translation>%1: el agente está instalado pero no responde: %2</translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="88"/>
        <source>no agent token for %1:%2 is recorded on this workstation; install the agent from here to record one.</source>
        <translation>no hay ningún token de agente para %1:%2 registrado en este equipo; instale el agente desde aquí para registrar uno.</translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="114"/>
        <source>the agent is installed, but the node probe failed: %1</source>
        <translation>el agente está instalado, pero la sonda del nodo falló: %1</translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="123"/>
        <source>the node probe was not recorded: %1</source>
        <translation>la sonda del nodo no se registró: %1</translation>
    </message>
    <message>
        <location filename="../core/actions/AgentLifecycle.cpp" line="136"/>
        <source>the history was not updated: %1</source>
        <translation>el historial no se actualizó: %1</translation>
    </message>
</context>
<context>
    <name>ContainerLogs</name>
    <message>
        <location filename="../core/actions/ContainerLogs.cpp" line="84"/>
        <source>the number of lines to show must be from 0 to %1, not %2</source>
        <translation>el número de líneas que mostrar debe estar entre 0 y %1, no %2</translation>
    </message>
    <message>
        <location filename="../core/actions/ContainerLogs.cpp" line="88"/>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
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
        <translation>%1 presenta %2, no la %3 que se comprobó; no se registró nada. Vuelva a comparar la clave del nodo.</translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="35"/>
        <source>%1 presents %2, which was not confirmed; nothing was recorded.</source>
        <translation>%1 presenta %2, que no se confirmó; no se registró nada.</translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="42"/>
        <source>%1: %2 is now trusted.</source>
        <translation>%1: %2 es ahora de confianza.</translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="43"/>
        <source>%1: its key %2 was already trusted.</source>
        <translation>%1: su clave %2 ya era de confianza.</translation>
    </message>
    <message>
        <location filename="../core/actions/HostKeyTrust.cpp" line="54"/>
        <source>cannot rewrite %1: check that the file and its folder are writable.</source>
        <translation>no se puede reescribir %1: compruebe que el archivo y su carpeta admiten escritura.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/HostKeyTrust.cpp" line="59"/>
        <source>%1: %n key(s) removed from %2</source>
        <translation>
            <numerusform>%1: %n clave eliminada de %2</numerusform>
            <numerusform>%1: %n claves eliminadas de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageBuild</name>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="17"/>
        <source>%1 is not a folder: name an image definition (Dockerfile and image.json) or a folder of them.</source>
        <translation>%1 no es una carpeta: indique una definición de imagen (Dockerfile e image.json) o una carpeta de ellas.</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="19"/>
        <source>(no folder)</source>
        <translation>(ninguna carpeta)</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="28"/>
        <source>%1 holds no image definition: each needs a folder with a Dockerfile and image.json (see images/README.md).</source>
        <translation>%1 no contiene ninguna definición de imagen: cada una necesita una carpeta con un Dockerfile y un image.json (véase images/README.md).</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="63"/>
        <source>no definitions were built in %1</source>
        <translation>no se construyó ninguna definición en %1</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageBuild.cpp" line="67"/>
        <source>The build was cancelled.</source>
        <translation>La construcción se canceló.</translation>
    </message>
</context>
<context>
    <name>ImageLister</name>
    <message>
        <location filename="../core/actions/ImageLister.cpp" line="36"/>
        <source>Docker %1 (API %2) at %3</source>
        <translation>Docker %1 (API %2) en %3</translation>
    </message>
</context>
<context>
    <name>ImageSync</name>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="15"/>
        <source>%1: name the tag to sync (app:1.2.0)</source>
        <translation>%1: indique la etiqueta que sincronizar (app:1.2.0)</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="20"/>
        <source>sync needs a group (--to GROUP) or nodes</source>
        <translation>sync necesita un grupo (--to GROUP) o nodos</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/ImageSync.cpp" line="71"/>
        <source>%1 goes to %n node(s) that lack it: %2</source>
        <translation>
            <numerusform>%1 va a %n nodo que no la tiene: %2</numerusform>
            <numerusform>%1 va a %n nodos que no la tienen: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="74"/>
        <source>nothing to do: every node asked holds %1</source>
        <translation>nada que hacer: todos los nodos consultados tienen %1</translation>
    </message>
    <message>
        <location filename="../core/actions/ImageSync.cpp" line="77"/>
        <source> (not asked: %1)</source>
        <translation> (no consultados: %1)</translation>
    </message>
</context>
<context>
    <name>NodeContainers</name>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="148"/>
        <source>&quot;%1&quot; is not a container name or ID: docker names are letters, digits and _ . - (starting with a letter or digit), IDs are hex. `fleetctl containers NODE --all` lists them.</source>
        <translation>«%1» no es un nombre ni un ID de contenedor: los nombres de docker son letras, dígitos y _ . - (empiezan por letra o dígito), los ID son hexadecimales. `fleetctl containers NODE --all` los lista.</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="271"/>
        <source>%1: there is no container &quot;%2&quot; on the node. `fleetctl containers %1 --all` lists its containers (so does Containers and logs… on its tile).</source>
        <translation>%1: no hay ningún contenedor «%2» en el nodo. `fleetctl containers %1 --all` lista sus contenedores (también Contenedores y registros… en su mosaico).</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="274"/>
        <source>%1: container &quot;%2&quot; is running, so it was not removed. Stop it first, or remove it anyway with `fleetctl rm %1 %2 --force`.</source>
        <translation>%1: el contenedor «%2» se está ejecutando, así que no se eliminó. Deténgalo primero o elimínelo de todos modos con `fleetctl rm %1 %2 --force`.</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="293"/>
        <source>listing the containers</source>
        <translation>listando los contenedores</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeContainers.cpp" line="298"/>
        <source>%1: the node lists more containers than Fleet Commander reads (over %2 MiB of answers); remove stopped ones there (docker container prune).</source>
        <translation>%1: el nodo lista más contenedores de los que Fleet Commander lee (más de %2 MiB de respuestas); elimine allí los detenidos (docker container prune).</translation>
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
        <translation>«%1» no es un nombre de grupo: use de 1 a 63 caracteres de a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; y &apos;-&apos;, empezando por letra o dígito (gpu, arch:aarch64, site-2)</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="96"/>
        <source>architecture %1 reported by the node</source>
        <translation>arquitectura %1 notificada por el nodo</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="98"/>
        <source>a GPU reported by the agent</source>
        <translation>una GPU notificada por el agente</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="99"/>
        <source>operating system reported by the node</source>
        <translation>sistema operativo notificado por el nodo</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="130"/>
        <source>group %1 has no nodes: add some with `fleetctl group add %1 NODE...` (fleetctl groups lists the groups)</source>
        <translation>el grupo %1 no tiene nodos: añada algunos con `fleetctl group add %1 NODE...` (fleetctl groups lista los grupos)</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeGroups.cpp" line="195"/>
        <source>%1: name the tag a group should hold (app:1.2.0)</source>
        <translation>%1: indique la etiqueta que debe tener un grupo (app:1.2.0)</translation>
    </message>
</context>
<context>
    <name>NodeIdentities</name>
    <message>
        <location filename="../core/actions/NodeIdentities.cpp" line="29"/>
        <source>%1 is not a readable key file: choose the private key (e.g. ~/.ssh/id_ed25519).</source>
        <translation>%1 no es un archivo de clave legible: elija la clave privada (p. ej. ~/.ssh/id_ed25519).</translation>
    </message>
</context>
<context>
    <name>NodeImageReader</name>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="110"/>
        <source>the agent refused the images request: %1</source>
        <translation>el agente rechazó la petición de imágenes: %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="114"/>
        <source>the agent cannot ask docker: %1</source>
        <translation>el agente no puede consultar a docker: %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="130"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="132"/>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="149"/>
        <source>listing the images</source>
        <translation>listando las imágenes</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="153"/>
        <source>%1: the node lists more images than Fleet Commander reads (over %2 MiB); clean it up first (fleetctl prune).</source>
        <translation>%1: el nodo lista más imágenes de las que Fleet Commander lee (más de %2 MiB); límpielo primero (fleetctl prune).</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="170"/>
        <location filename="../core/actions/NodeImageReader.cpp" line="190"/>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeImageReader.cpp" line="178"/>
        <source>no agent token is recorded on this workstation</source>
        <translation>no hay ningún token de agente registrado en este equipo</translation>
    </message>
</context>
<context>
    <name>NodeProbe</name>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="96"/>
        <source>%1: the node probe gave no answer (exit %2): %3. The node needs a POSIX sh.</source>
        <translation>%1: la sonda del nodo no respondió (salida %2): %3. El nodo necesita un sh POSIX.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="126"/>
        <source>the SSH user</source>
        <translation>el usuario SSH</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="129"/>
        <source>%1: podman is installed but does not answer (%2). Check `podman info` there as %3, then retry.</source>
        <translation>%1: podman está instalado pero no responde (%2). Compruebe `podman info` allí como %3 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="132"/>
        <source>%1: docker is not installed on the node (no docker or podman on %2&apos;s PATH). Install Docker (or podman) there, or connect as a user whose PATH has it, then retry.</source>
        <translation>%1: docker no está instalado en el nodo (ni docker ni podman en el PATH de %2). Instale allí Docker (o podman), o conéctese como un usuario cuyo PATH lo tenga, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="138"/>
        <source>%1: the Docker daemon on the node is not running (%2). Start it there (systemctl start docker) and retry.</source>
        <translation>%1: el demonio de Docker del nodo no está en marcha (%2). Inícielo allí (systemctl start docker) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="142"/>
        <source>%1: %2 may not use docker there (%3)%4. Nothing was sent. Either add %2 to the group of the node&apos;s Docker socket (`sudo usermod -aG docker %2`, then log in again), or allow docker through sudo without a password (a sudoers line: `%2 ALL=(root) NOPASSWD: %5`), or connect as another user.</source>
        <translation>%1: %2 no puede usar docker allí (%3)%4. No se envió nada. Añada %2 al grupo del socket de Docker del nodo (`sudo usermod -aG docker %2` y vuelva a iniciar sesión), permita docker mediante sudo sin contraseña (una línea de sudoers: `%2 ALL=(root) NOPASSWD: %5`) o conéctese como otro usuario.</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="147"/>
        <source>; `sudo -n docker` was refused too (%1)</source>
        <translation>; `sudo -n docker` también fue rechazado (%1)</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="148"/>
        <source>; the node has no sudo</source>
        <translation>; el nodo no tiene sudo</translation>
    </message>
    <message>
        <location filename="../core/nodes/NodeProbe.cpp" line="151"/>
        <source>%1: the node&apos;s %2 cannot be used (%3).</source>
        <translation>%1: no se puede usar %2 del nodo (%3).</translation>
    </message>
</context>
<context>
    <name>NodeProbing</name>
    <message>
        <location filename="../core/actions/NodeProbing.cpp" line="36"/>
        <source>%1: the node probe gave no answer</source>
        <translation>%1: la sonda del nodo no respondió</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeProbing.cpp" line="50"/>
        <source>no node to probe</source>
        <translation>ningún nodo que sondear</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeProbing.cpp" line="62"/>
        <source>%1: not probed (cancelled)</source>
        <translation>%1: sin sondear (cancelado)</translation>
    </message>
</context>
<context>
    <name>NodePrune</name>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="192"/>
        <source>&quot;%1&quot; is neither a configured store (fleetctl stores lists them) nor a STORE-URL: %2</source>
        <translation>«%1» no es ni un almacén configurado (fleetctl stores los lista) ni una STORE-URL: %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="277"/>
        <source>listing the images</source>
        <translation>listando las imágenes</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="281"/>
        <source>%1: the node lists more images than fleetctl reads (over %2 MiB of answers); clean it up by hand first.</source>
        <translation>%1: el nodo lista más imágenes de las que fleetctl lee (más de %2 MiB de respuestas); límpielo antes a mano.</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="291"/>
        <source>listing the containers</source>
        <translation>listando los contenedores</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="342"/>
        <source>listing %1</source>
        <translation>listando %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="346"/>
        <source>store %1: %2</source>
        <translation>almacén %1: %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="362"/>
        <source>store %1 was left out: %2</source>
        <translation>se omitió el almacén %1: %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="380"/>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="384"/>
        <source>asking %1</source>
        <translation>consultando %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="419"/>
        <source>%1: cancelled before removing</source>
        <translation>%1: cancelado antes de eliminar</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="423"/>
        <source>connecting to %1</source>
        <translation>conectando con %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="449"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="453"/>
        <source>a container uses it now (%1); kept</source>
        <translation>un contenedor la usa ahora (%1); se conserva</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="455"/>
        <source>it is tagged now (%1); kept</source>
        <translation>ahora tiene etiqueta (%1); se conserva</translation>
    </message>
    <message>
        <location filename="../core/actions/NodePrune.cpp" line="457"/>
        <location filename="../core/actions/NodePrune.cpp" line="467"/>
        <source>removing %1</source>
        <translation>eliminando %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/NodePrune.cpp" line="483"/>
        <source>%1: %n image(s) could not be removed</source>
        <translation>
            <numerusform>%1: no se pudo eliminar %n imagen</numerusform>
            <numerusform>%1: no se pudieron eliminar %n imágenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeScan</name>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="19"/>
        <source>Nothing to scan: name a network such as 192.0.2.0/24, a host, or a source (%1).</source>
        <translation>Nada que explorar: indique una red como 192.0.2.0/24, un host o una fuente (%1).</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="36"/>
        <source>The scan was stopped while its targets were read.</source>
        <translation>La exploración se detuvo mientras se leían sus destinos.</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="40"/>
        <source>The targets name no address to scan. %1</source>
        <translation>Los destinos no nombran ninguna dirección que explorar. %1</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="101"/>
        <source>cannot record the scan in %1: %2</source>
        <translation>no se puede registrar la exploración en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="114"/>
        <source>the scan ran but could not be recorded in %1: %2</source>
        <translation>la exploración se ejecutó pero no pudo registrarse en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/actions/NodeScan.cpp" line="121"/>
        <source>Stopped after %1 of %2 addresses.</source>
        <translation>Detenido tras %1 de %2 direcciones.</translation>
    </message>
</context>
<context>
    <name>PushPreflight</name>
    <message numerus="yes">
        <location filename="../core/actions/PushPreflight.cpp" line="33"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/PushPreflight.cpp" line="49"/>
        <source>%1 needs a GPU, but the agent on %2 reports none.</source>
        <translation>
            <numerusform>%1 necesita una GPU, pero el agente de %2 no notifica ninguna.</numerusform>
            <numerusform>%1 necesita una GPU, pero los agentes de %2 no notifican ninguna.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/actions/PushPreflight.cpp" line="54"/>
        <source>Its containers will not find a GPU there: push to nodes with a GPU, or install the GPU and its driver on those nodes first.</source>
        <translation>Sus contenedores no encontrarán una GPU allí: envíe a nodos con GPU, o instale antes la GPU y su controlador en esos nodos.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/shell/InventoryWiring.cpp" line="13"/>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventario</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="33"/>
        <source>SSH &amp;identity…</source>
        <translation>&amp;Identidad SSH…</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="35"/>
        <source>The private key this node is reached with: its own, or its group&apos;s</source>
        <translation>La clave privada con la que se llega a este nodo: la suya o la de su grupo</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="49"/>
        <source>ssh&apos;s defaults (agent, ~/.ssh/id_*)</source>
        <translation>los valores predeterminados de ssh (agente, ~/.ssh/id_*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="55"/>
        <source>&amp;Groups…</source>
        <translation>&amp;Grupos…</translation>
    </message>
    <message>
        <location filename="../ui/shell/GroupsWiring.cpp" line="57"/>
        <source>Put the selected nodes into groups (targets of push, prune, sync, inventory)</source>
        <translation>Poner los nodos seleccionados en grupos (destinos de push, prune, sync, inventory)</translation>
    </message>
    <message>
        <location filename="../core/history/CsvWriter.cpp" line="14"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>No se puede escribir %1: %2. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../core/history/CsvWriter.cpp" line="47"/>
        <source>Cannot finish %1: %2. Check the free space and try again.</source>
        <translation>No se puede terminar %1: %2. Compruebe el espacio libre e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Remedy</name>
    <message>
        <location filename="../core/util/Remedy.cpp" line="9"/>
        <source>trust its key (Trust… in Fleet Commander, or `fleetctl trust %1`)</source>
        <translation>confíe en su clave (Confiar… en Fleet Commander, o `fleetctl trust %1`)</translation>
    </message>
    <message>
        <location filename="../core/util/Remedy.cpp" line="14"/>
        <source>forget the old key with `fleetctl trust %1 --forget`, then trust the new one (Trust… in Fleet Commander, or `fleetctl trust %1`)</source>
        <translation>olvide la clave antigua con `fleetctl trust %1 --forget` y confíe después en la nueva (Confiar… en Fleet Commander, o `fleetctl trust %1`)</translation>
    </message>
    <message>
        <location filename="../core/util/Remedy.cpp" line="21"/>
        <source>install the agent again (Install agent in Fleet Commander, or `fleetctl agent install %1`)</source>
        <translation>vuelva a instalar el agente (Instalar agente en Fleet Commander, o `fleetctl agent install %1`)</translation>
    </message>
    <message>
        <location filename="../core/util/Remedy.cpp" line="27"/>
        <source>remove the agent (`fleetctl agent remove %1`), then install it again (Install agent in Fleet Commander, or `fleetctl agent install %1`)</source>
        <translation>elimine el agente (`fleetctl agent remove %1`) y vuelva a instalarlo (Instalar agente en Fleet Commander, o `fleetctl agent install %1`)</translation>
    </message>
</context>
<context>
    <name>SifCache</name>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="75"/>
        <source>not hashed on the node (unreadable, or past the listing&apos;s bound)</source>
        <translation>sin hash en el nodo (ilegible, o más allá del límite del listado)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="83"/>
        <source>differs from the registry&apos;s %1/%2 (sha256 %3 there)</source>
        <translation>difiere de %1/%2 del registro (sha256 %3 allí)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="87"/>
        <source>not in the registry</source>
        <translation>no está en el registro</translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="119"/>
        <source>listing the cache %1</source>
        <translation>listando la caché %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifCache.cpp" line="136"/>
        <source>removing stale images</source>
        <translation>eliminando imágenes obsoletas</translation>
    </message>
</context>
<context>
    <name>SifGpg</name>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="72"/>
        <source>GnuPG is not usable (%1): install Debian&apos;s gnupg</source>
        <translation>GnuPG no se puede usar (%1): instale el paquete gnupg de Debian</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="76"/>
        <source>cannot make a temporary GnuPG home: %1</source>
        <translation>no se puede crear un directorio temporal de GnuPG: %1</translation>
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
        <translation>GPGME: no se puede usar el directorio %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="102"/>
        <location filename="../core/sif/SifGpg.cpp" line="116"/>
        <source>keyring %1: %2</source>
        <translation>anillo de claves %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="106"/>
        <source>keyring %1 is %2 bytes, more than a key file holds (16 MiB)</source>
        <translation>el anillo de claves %1 ocupa %2 bytes, más de lo que contiene un archivo de claves (16 MiB)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="123"/>
        <source>keyring %1 holds no OpenPGP public key (export one with `gpg --export --armor KEY &gt; FILE`)</source>
        <translation>el anillo de claves %1 no contiene ninguna clave pública OpenPGP (exporte una con `gpg --export --armor KEY &gt; FILE`)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="143"/>
        <source>GPGME: out of memory</source>
        <translation>GPGME: memoria agotada</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="148"/>
        <source>not an OpenPGP clear signature (%1)</source>
        <translation>no es una firma OpenPGP en claro (%1)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="156"/>
        <source>the signature object holds no OpenPGP signature</source>
        <translation>el objeto de firma no contiene ninguna firma OpenPGP</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="164"/>
        <source>signed by an unknown key %1</source>
        <translation>firmada por una clave desconocida %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="168"/>
        <source>bad signature: the signed text does not match the signature (key %1)</source>
        <translation>firma incorrecta: el texto firmado no coincide con la firma (clave %1)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifGpg.cpp" line="172"/>
        <source>signature by key %1 not valid: %2</source>
        <translation>firma de la clave %1 no válida: %2</translation>
    </message>
</context>
<context>
    <name>SifRegistry</name>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="95"/>
        <source>&quot;%1&quot; is not a partition name (1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; not starting with &apos;.&apos; or &apos;-&apos;)</source>
        <translation>«%1» no es un nombre de partición (1-64 letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; sin empezar por &apos;.&apos; ni &apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="106"/>
        <source>&quot;%1&quot; is not a usable image file name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;, ending in .sif, not starting with &apos;.&apos; or &apos;-&apos;): rename the file</source>
        <translation>«%1» no es un nombre de archivo de imagen válido (letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos;, terminado en .sif, sin empezar por &apos;.&apos; ni &apos;-&apos;): cambie el nombre del archivo</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="152"/>
        <source>%1: no such registry folder. Choose the folder that holds images/&lt;partition&gt;/*.sif (fleetctl sif … --registry DIR, or Choose registry folder… in the library&apos;s Apptainer tab).</source>
        <translation>%1: no existe esa carpeta de registro. Elija la carpeta que contiene images/&lt;partition&gt;/*.sif (fleetctl sif … --registry DIR, o Elegir carpeta del registro… en la pestaña Apptainer de la biblioteca).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="200"/>
        <source>reading it failed: %1</source>
        <translation>falló la lectura: %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="234"/>
        <source>&quot;%1&quot; is not a partition of this registry (%2). Configure it in Settings (sif/partitions) or pick one of those.</source>
        <translation>«%1» no es una partición de este registro (%2). Configúrela en Ajustes (sif/partitions) o elija una de esas.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="246"/>
        <source>%1: the registry metadata cannot be written (%2); every file is hashed on each scan. Make the folder writable for this user.</source>
        <translation>%1: no se pueden escribir los metadatos del registro (%2); cada archivo se calcula en cada exploración. Haga que la carpeta admita escritura para este usuario.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="248"/>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="265"/>
        <location filename="../core/sif/SifRegistry.cpp" line="271"/>
        <source>the scan was cancelled</source>
        <translation>la exploración se canceló</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="286"/>
        <source>the file is gone from %1</source>
        <translation>el archivo ya no está en %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="309"/>
        <source>&quot;%1&quot; is not a partition of this registry (%2)</source>
        <translation>«%1» no es una partición de este registro (%2)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="317"/>
        <source>%1 is not in the registry&apos;s %2 partition (%3): no such file. `fleetctl sif list --registry %4` shows what is there.</source>
        <translation>%1 no está en la partición %2 del registro (%3): no existe el archivo. `fleetctl sif list --registry %4` muestra lo que hay.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="327"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../core/sif/SifRegistry.cpp" line="333"/>
        <source>%1/%2 is flagged %3: %4. It is not synced; replace the file and scan again.</source>
        <translation>%1/%2 está marcado como %3: %4. No se sincroniza; sustituya el archivo y vuelva a explorar.</translation>
    </message>
</context>
<context>
    <name>SifSyncRequest</name>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="18"/>
        <source>cache folder &quot;%1&quot; is not an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos; (e.g. %2)</source>
        <translation>la carpeta de caché «%1» no es una ruta absoluta de letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;, &apos;-&apos; (p. ej. %2)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="26"/>
        <source>No registry was given: name the registry folder (--registry DIR or Settings).</source>
        <translation>No se indicó ningún registro: nombre la carpeta del registro (--registry DIR o Ajustes).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="32"/>
        <source>&quot;%1&quot; is not a partition of the registry (%2).</source>
        <translation>«%1» no es una partición del registro (%2).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="37"/>
        <source>No node was given: name at least one node to sync to.</source>
        <translation>No se indicó ningún nodo: nombre al menos un nodo al que sincronizar.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="41"/>
        <source>&quot;%1&quot; is not a valid node (expected host, host:port or user@host).</source>
        <translation>«%1» no es un nodo válido (se espera host, host:port o user@host).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifSyncRequest.cpp" line="63"/>
        <source>The %1 partition of %2 holds no .sif image (%3).</source>
        <translation>La partición %1 de %2 no contiene ninguna imagen .sif (%3).</translation>
    </message>
</context>
<context>
    <name>SifTemplate</name>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="20"/>
        <source>&quot;id&quot; must be 1-128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (it is &quot;%1&quot;)</source>
        <translation>«id» debe tener de 1 a 128 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (es «%1»)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="24"/>
        <source>template %1 names no &quot;image&quot;</source>
        <translation>la plantilla %1 no nombra ninguna «image»</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="38"/>
        <source>template %1: cpus and gpus cannot be negative</source>
        <translation>plantilla %1: cpus y gpus no pueden ser negativos</translation>
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
        <translation>%1: no es un objeto JSON (%2)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="105"/>
        <source>Image &quot;%1&quot; is available in %2 partition</source>
        <translation>La imagen «%1» está disponible en la partición %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="113"/>
        <source>Image &quot;%1&quot; is not in the %2 partition (it is in %3): move it or change the template&apos;s partition</source>
        <translation>La imagen «%1» no está en la partición %2 (está en %3): muévala o cambie la partición de la plantilla</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="116"/>
        <source>Image &quot;%1&quot; is in the registry but flagged (corrupt or unreadable): replace it</source>
        <translation>La imagen «%1» está en el registro pero marcada (dañada o ilegible): sustitúyala</translation>
    </message>
    <message>
        <location filename="../core/sif/SifTemplate.cpp" line="119"/>
        <source>Image &quot;%1&quot; not found in registry</source>
        <translation>No se encontró la imagen «%1» en el registro</translation>
    </message>
</context>
<context>
    <name>SifVerify</name>
    <message numerus="yes">
        <location filename="../core/sif/SifVerify.cpp" line="37"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="79"/>
        <source>hash type %1 of signature %2 is not supported here</source>
        <translation>el tipo de hash %1 de la firma %2 no se admite aquí</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="92"/>
        <source>signature %1 signs %2 %3, which the image does not have</source>
        <translation>la firma %1 firma %2 %3, que la imagen no tiene</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="94"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="94"/>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="108"/>
        <source>objects %1: %2</source>
        <translation>objetos %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="111"/>
        <source>the data of object(s) %1 changed since signature %2 was made</source>
        <translation>los datos de los objetos %1 cambiaron desde que se creó la firma %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="120"/>
        <source>signature %1 holds image metadata but is linked to object %2, not to a group</source>
        <translation>la firma %1 contiene metadatos de imagen pero está vinculada al objeto %2, no a un grupo</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="130"/>
        <source>the header (launch script, magic, version or image ID) changed since signature %1 was made</source>
        <translation>la cabecera (script de arranque, magic, versión o ID de imagen) cambió desde que se creó la firma %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="135"/>
        <source>signature %1 signs group %2, which the image does not have</source>
        <translation>la firma %1 firma el grupo %2, que la imagen no tiene</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="148"/>
        <source>object %1 was added to group %2 after signature %3 was made</source>
        <translation>el objeto %1 se añadió al grupo %2 después de crearse la firma %3</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="157"/>
        <source>the descriptor of object %1 (type, link, size, time, name or type fields) changed since signature %2 was made</source>
        <translation>el descriptor del objeto %1 (tipo, enlace, tamaño, hora, nombre o campos de tipo) cambió desde que se creó la firma %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="163"/>
        <source>object %1: %2</source>
        <translation>objeto %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="166"/>
        <source>the data of object %1 changed since signature %2 was made</source>
        <translation>los datos del objeto %1 cambiaron desde que se creó la firma %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="171"/>
        <source>object %1, signed by signature %2, is missing</source>
        <translation>falta el objeto %1, firmado por la firma %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="186"/>
        <source>%1
Nothing was verified: the file is not a SIF image this reader accepts.</source>
        <translation>%1
No se verificó nada: el archivo no es una imagen SIF que este lector acepte.</translation>
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
        <translation>hecha por la clave %1, pero el descriptor nombra la clave %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="253"/>
        <source>signature %1 is not an OpenPGP clear signature</source>
        <translation>la firma %1 no es una firma OpenPGP en claro</translation>
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
        <translation>sin firmar</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="284"/>
        <source>not covered: legacy signatures cover object data only</source>
        <translation>no cubierto: las firmas antiguas solo cubren los datos de los objetos</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="285"/>
        <location filename="../core/sif/SifVerify.cpp" line="288"/>
        <source>no valid signature covers it</source>
        <translation>ninguna firma válida lo cubre</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="303"/>
        <source>%1: intact</source>
        <translation>%1: íntegro</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="306"/>
        <source>%1: FAILED — %2</source>
        <translation>%1: FALLO — %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="313"/>
        <source>%1: not signed — nothing vouches for who made it or that it is unchanged. Use images from a source you trust, or sign it (apptainer sign) and verify it with its key.</source>
        <translation>%1: sin firmar — nada garantiza quién la hizo ni que no haya cambiado. Use imágenes de una fuente de confianza, o fírmela (apptainer sign) y verifíquela con su clave.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sif/SifVerify.cpp" line="318"/>
        <source>%1: %n signature(s)</source>
        <translation>
            <numerusform>%1: %n firma</numerusform>
            <numerusform>%1: %n firmas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="320"/>
        <source>signed by %1</source>
        <translation>firmada por %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="322"/>
        <source>signed by an unknown key %1: it is not in the keyring %2. If you trust it, add its public key to that file (gpg --export --armor %1 &gt;&gt; FILE).</source>
        <translation>firmada por una clave desconocida %1: no está en el anillo de claves %2. Si confía en ella, añada su clave pública a ese archivo (gpg --export --armor %1 &gt;&gt; FILE).</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="327"/>
        <source>signature %1: %2</source>
        <translation>firma %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="333"/>
        <source>signatures not checked: no keyring was given (--keyring FILE with the signer&apos;s public key); the image names key %1</source>
        <translation>firmas sin comprobar: no se indicó ningún anillo de claves (--keyring FILE con la clave pública del firmante); la imagen nombra la clave %1</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="335"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="337"/>
        <source>header</source>
        <translation>cabecera</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="338"/>
        <source>descriptors</source>
        <translation>descriptores</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="339"/>
        <source>objects</source>
        <translation>objetos</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="341"/>
        <source>object(s) %1 are covered by no signature: they may have been added after signing; sign every group (apptainer sign) before trusting the image</source>
        <translation>los objetos %1 no están cubiertos por ninguna firma: pueden haberse añadido después de firmar; firme cada grupo (apptainer sign) antes de confiar en la imagen</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="347"/>
        <source>The image was modified after it was signed: do not use it; fetch it again from its source.</source>
        <translation>La imagen se modificó después de firmarse: no la use; vuelva a obtenerla de su origen.</translation>
    </message>
    <message>
        <location filename="../core/sif/SifVerify.cpp" line="350"/>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="53"/>
        <source>%1 cannot be opened as a store.</source>
        <translation>%1 no se puede abrir como almacén.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="88"/>
        <source>%1 stored in %2.</source>
        <translation>%1 guardada en %2.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="101"/>
        <source>%1 removed from %2.</source>
        <translation>%1 eliminada de %2.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="115"/>
        <source>%1 loaded from %2.</source>
        <translation>%1 cargada desde %2.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="124"/>
        <source>%1 is already in %2: choose another store.</source>
        <translation>%1 ya está en %2: elija otro almacén.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="131"/>
        <source>&quot;%1&quot; is not a tagged image reference (%2).</source>
        <translation>«%1» no es una referencia de imagen con etiqueta (%2).</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="132"/>
        <source>a tag is needed</source>
        <translation>se necesita una etiqueta</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="179"/>
        <source>%1 copied from %2 to %3.</source>
        <translation>%1 copiada de %2 a %3.</translation>
    </message>
    <message>
        <location filename="../core/actions/StoreActions.cpp" line="182"/>
        <source>The local engine could not be restored as it was: %1</source>
        <translation>No se pudo dejar el motor local como estaba: %1</translation>
    </message>
</context>
<context>
    <name>fleet::BatchNotifications</name>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="68"/>
        <source>%1: failed on %n node(s)</source>
        <translation>
            <numerusform>%1: falló en %n nodo</numerusform>
            <numerusform>%1: falló en %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/BatchNotifications.cpp" line="70"/>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="71"/>
        <source>%1: done on %n node(s)</source>
        <translation>
            <numerusform>%1: terminado en %n nodo</numerusform>
            <numerusform>%1: terminado en %n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="78"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n correcto</numerusform>
            <numerusform>%n correctos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="80"/>
        <source>%n already had it</source>
        <translation>
            <numerusform>%n ya la tenía</numerusform>
            <numerusform>%n ya la tenían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="82"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="84"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelado</numerusform>
            <numerusform>%n cancelados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::BuildDialog</name>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="30"/>
        <source>Build image</source>
        <translation>Construir imagen</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="35"/>
        <source>Definition folder</source>
        <translation>Carpeta de definición</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="36"/>
        <source>A folder with a Dockerfile and image.json, or a folder of such folders (each is built in turn).</source>
        <translation>Una carpeta con un Dockerfile y un image.json, o una carpeta de tales carpetas (cada una se construye por turno).</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="38"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="39"/>
        <source>Choose the definition folder</source>
        <translation>Elegir la carpeta de definición</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="53"/>
        <location filename="../ui/library/BuildDialog.cpp" line="174"/>
        <source>Build arguments</source>
        <translation>Argumentos de construcción</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="53"/>
        <source>One KEY=VALUE per line, as docker build --build-arg. Not remembered: they may hold secrets.</source>
        <translation>Una CLAVE=VALOR por línea, como docker build --build-arg. No se recuerdan: pueden contener secretos.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="56"/>
        <location filename="../ui/library/BuildDialog.cpp" line="160"/>
        <location filename="../ui/library/BuildDialog.cpp" line="175"/>
        <source>Context files</source>
        <translation>Archivos de contexto</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="56"/>
        <source>One NAME=PATH per line: a file of this computer added to the build context under NAME.</source>
        <translation>Un NOMBRE=RUTA por línea: un archivo de este equipo añadido al contexto de construcción como NOMBRE.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="62"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="63"/>
        <source>Build &amp;arguments:</source>
        <translation>&amp;Argumentos de construcción:</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="64"/>
        <source>Conte&amp;xt files:</source>
        <translation>Archivos de conte&amp;xto:</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="69"/>
        <source>Build progress</source>
        <translation>Progreso de la construcción</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="72"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="77"/>
        <source>Build log</source>
        <translation>Registro de construcción</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="85"/>
        <source>&amp;Build</source>
        <translation>&amp;Construir</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="87"/>
        <source>&amp;Cancel build</source>
        <translation>&amp;Cancelar la construcción</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="159"/>
        <source>%1, line %2: &quot;%3&quot; is not NAME=VALUE. Write one pair per line, e.g. %4.</source>
        <translation>%1, línea %2: «%3» no es NOMBRE=VALOR. Escriba un par por línea, p. ej. %4.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="182"/>
        <source>Image definition folder</source>
        <translation>Carpeta de definición de imagen</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="210"/>
        <source>Building every definition in %1</source>
        <translation>Construyendo todas las definiciones de %1</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="212"/>
        <location filename="../ui/library/BuildDialog.cpp" line="233"/>
        <source>Sending the context…</source>
        <translation>Enviando el contexto…</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="213"/>
        <source>Building in the local Docker Engine…</source>
        <translation>Construyendo en el motor Docker local…</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="225"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="231"/>
        <source>Definition %1 of %2: %3</source>
        <translation>Definición %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="240"/>
        <source>Step %1/%2</source>
        <translation>Paso %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="260"/>
        <source>Built %1.</source>
        <translation>%1 construida.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildDialog.cpp" line="263"/>
        <source>Built, but not recorded in the catalog %1: %2. The library shows the image&apos;s labels instead.</source>
        <translation>Construida, pero no registrada en el catálogo %1: %2. La biblioteca muestra en su lugar las etiquetas de la imagen.</translation>
    </message>
</context>
<context>
    <name>fleet::BuildLauncher</name>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="22"/>
        <source>Image built</source>
        <translation>Imagen construida</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="23"/>
        <source>%1 is in the library: drag it onto a node to push it.</source>
        <translation>%1 está en la biblioteca: arrástrela a un nodo para enviarla.</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="32"/>
        <source>Build of %1 failed</source>
        <translation>Falló la construcción de %1</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="42"/>
        <source>Building is not available</source>
        <translation>La construcción no está disponible</translation>
    </message>
    <message>
        <location filename="../ui/library/BuildLauncher.cpp" line="43"/>
        <source>This window is not connected to a Docker Engine (a test or screenshot build). Start fleet-commander normally, or use `fleetctl build DIR`.</source>
        <translation>Esta ventana no está conectada a ningún motor Docker (versión de prueba o de captura). Inicie fleet-commander normalmente o use `fleetctl build DIR`.</translation>
    </message>
</context>
<context>
    <name>fleet::DesktopSession</name>
    <message>
        <location filename="../ui/shell/DesktopSession.cpp" line="106"/>
        <source>Agent installed on %1</source>
        <translation>Agente instalado en %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/DesktopSession.cpp" line="111"/>
        <source>Cannot install the agent on %1</source>
        <translation>No se puede instalar el agente en %1</translation>
    </message>
</context>
<context>
    <name>fleet::DiscoveryDialog</name>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="41"/>
        <source>Scan for nodes</source>
        <translation>Buscar nodos</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="45"/>
        <source>One per line: 192.168.1.0/24, 10.0.0.5-40, host, user@host:2222</source>
        <translation>Uno por línea: 192.168.1.0/24, 10.0.0.5-40, host, user@host:2222</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="46"/>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="47"/>
        <source>Networks (CIDR), address ranges and hosts to probe for SSH and the Fleet Agent.</source>
        <translation>Redes (CIDR), rangos de direcciones y hosts en los que buscar SSH y el Fleet Agent.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="49"/>
        <source>Hosts from ~/.ssh/&amp;config</source>
        <translation>Hosts de ~/.ssh/&amp;config</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="50"/>
        <source>Hosts from ~/.ssh/&amp;known_hosts</source>
        <translation>Hosts de ~/.ssh/&amp;known_hosts</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="51"/>
        <source>Neighbours from the &amp;ARP table</source>
        <translation>Vecinos de la tabla &amp;ARP</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="52"/>
        <source>&amp;Inventory file:</source>
        <translation>Archivo de &amp;inventario:</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="54"/>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="123"/>
        <source>Inventory file</source>
        <translation>Archivo de inventario</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="55"/>
        <source>An Ansible-style inventory (INI or YAML) listing hosts.</source>
        <translation>Un inventario al estilo de Ansible (INI o YAML) que lista hosts.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="58"/>
        <source>Choose the inventory file</source>
        <translation>Elegir el archivo de inventario</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="59"/>
        <source>Choose inventory file</source>
        <translation>Elegir archivo de inventario</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="63"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="64"/>
        <source>Timeout</source>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="65"/>
        <source>How long to wait for each address to answer. Raise it for slow or distant networks.</source>
        <translation>Cuánto esperar la respuesta de cada dirección. Auméntelo para redes lentas o lejanas.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="66"/>
        <source>&amp;Probe nodes that answer SSH</source>
        <translation>&amp;Sondear los nodos que responden por SSH</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="67"/>
        <source>After the scan, log in to every node that answered SSH and record what it runs (runtime, access, free space), as Probe does; nodes whose host key is not trusted yet are reported, not trusted.</source>
        <translation>Tras el escaneo, iniciar sesión en cada nodo que respondió por SSH y registrar qué ejecuta (entorno, acceso, espacio libre), como hace Sondear; los nodos cuya clave de host aún no es de confianza se notifican, no se aceptan.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="71"/>
        <source>Scan progress</source>
        <translation>Progreso de la exploración</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="80"/>
        <source>&amp;Scan</source>
        <translation>&amp;Explorar</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="82"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="83"/>
        <source>Stop the scan; nodes found so far are kept</source>
        <translation>Detener la exploración; los nodos encontrados hasta ahora se conservan</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="91"/>
        <source>&amp;Targets:</source>
        <translation>&amp;Destinos:</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="96"/>
        <source>Time&amp;out:</source>
        <translation>&amp;Tiempo límite:</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="262"/>
        <source>Nothing to scan: type a network such as 192.168.1.0/24, or tick a source.</source>
        <translation>Nada que explorar: escriba una red como 192.168.1.0/24 o marque una fuente.</translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="269"/>
        <source>Reading targets…</source>
        <translation>Leyendo los destinos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="286"/>
        <source>Probing %Ln node(s) that answer SSH…</source>
        <translation>
            <numerusform>Sondeando %Ln nodo que responde por SSH…</numerusform>
            <numerusform>Sondeando %Ln nodos que responden por SSH…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="303"/>
        <source>Probing %Ln address(es)…</source>
        <translation>
            <numerusform>Sondeando %Ln dirección…</numerusform>
            <numerusform>Sondeando %Ln direcciones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="315"/>
        <source>Probed %1 of %Ln address(es), found %2.</source>
        <translation>
            <numerusform>%1 de %Ln dirección sondeada, %2 encontrados.</numerusform>
            <numerusform>%1 de %Ln direcciones sondeadas, %2 encontrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="355"/>
        <source>Stopped after %1 of %Ln address(es); found %2.</source>
        <translation>
            <numerusform>Detenido tras %1 de %Ln dirección; %2 encontrados.</numerusform>
            <numerusform>Detenido tras %1 de %Ln direcciones; %2 encontrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="356"/>
        <source>Probed %1 of %Ln address(es) in %3 s; found %2.</source>
        <translation>
            <numerusform>%1 de %Ln dirección sondeada en %3 s; %2 encontrados.</numerusform>
            <numerusform>%1 de %Ln direcciones sondeadas en %3 s; %2 encontrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="374"/>
        <source>Probed %Ln node(s) over SSH: %1 can take images.</source>
        <translation>
            <numerusform>%Ln nodo sondeado por SSH: %1 puede recibir imágenes.</numerusform>
            <numerusform>%Ln nodos sondeados por SSH: %1 pueden recibir imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/discovery/DiscoveryDialog.cpp" line="346"/>
        <source>Scan stopped.</source>
        <translation>Exploración detenida.</translation>
    </message>
</context>
<context>
    <name>fleet::DiscoveryLauncher</name>
    <message>
        <location filename="../ui/discovery/DiscoveryLauncher.cpp" line="44"/>
        <source>Scan failed</source>
        <translation>Falló la exploración</translation>
    </message>
</context>
<context>
    <name>fleet::FleetCountsLabel</name>
    <message>
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="17"/>
        <source>Fleet counts</source>
        <translation>Recuento de la flota</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="37"/>
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln nodo</numerusform>
            <numerusform>%Ln nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="42"/>
        <source>%Ln job(s) running</source>
        <translation>
            <numerusform>%Ln trabajo en curso</numerusform>
            <numerusform>%Ln trabajos en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="44"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fallido</numerusform>
            <numerusform>%Ln fallidos</numerusform>
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
            <numerusform>Grupos de %n nodo</numerusform>
            <numerusform>Grupos de %n nodos</numerusform>
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
        <translation>Los grupos a los que pertenecen estos nodos, separados por comas. Un grupo es destino de push, prune, sync e inventory (@GROUP en fleetctl).</translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="46"/>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <location filename="../ui/fleet/GroupsDialog.cpp" line="47"/>
        <source>Suggested:</source>
        <translation>Sugeridos:</translation>
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
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="76"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="78"/>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="80"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="82"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="84"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="86"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="88"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryJobsModel.cpp" line="90"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>fleet::HistoryNodesModel</name>
    <message numerus="yes">
        <location filename="../ui/history/HistoryNodesModel.cpp" line="50"/>
        <source>%Ln stage(s) succeeded; average %1, longest %2</source>
        <translation>
            <numerusform>%Ln etapa correcta; media %1, la más larga %2</numerusform>
            <numerusform>%Ln etapas correctas; media %1, la más larga %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="52"/>
        <source>No %1 stage succeeded on this node yet</source>
        <translation>Aún no ha tenido éxito ninguna etapa %1 en este nodo</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="55"/>
        <source>Jobs that failed because the node did not answer or its host key was refused</source>
        <translation>Trabajos que fallaron porque el nodo no respondió o se rechazó su clave de host</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="57"/>
        <source>Extra attempts stages needed after a transient SSH failure</source>
        <translation>Intentos adicionales que necesitaron las etapas tras un fallo SSH pasajero</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="93"/>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="95"/>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="97"/>
        <source>Succeeded</source>
        <translation>Correctos</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="99"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="101"/>
        <source>SSH failures</source>
        <translation>Fallos SSH</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="103"/>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="105"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="107"/>
        <source>Avg. archive</source>
        <translation>Archivo medio</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="109"/>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="111"/>
        <source>Save</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="113"/>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="115"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="117"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="119"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryNodesModel.cpp" line="121"/>
        <source>Last push</source>
        <translation>Último envío</translation>
    </message>
</context>
<context>
    <name>fleet::HistoryScansModel</name>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="59"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="72"/>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="74"/>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="76"/>
        <source>Probed</source>
        <translation>Sondeados</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="78"/>
        <source>Found</source>
        <translation>Encontrados</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="88"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryScansModel.cpp" line="90"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>fleet::HistoryStagesModel</name>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="39"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="59"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="61"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="63"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="65"/>
        <source>Rate</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="67"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="69"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryStagesModel.cpp" line="71"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>fleet::HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="55"/>
        <source>Search by image or node (starts with)…</source>
        <translation>Buscar por imagen o nodo (empieza por)…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="57"/>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="58"/>
        <source>Jobs whose image or node starts with this text; scans whose targets contain it.</source>
        <translation>Trabajos cuya imagen o nodo empieza por este texto; exploraciones cuyos destinos lo contienen.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="60"/>
        <source>Job state filter</source>
        <translation>Filtro de estado de trabajos</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="61"/>
        <source>Show only jobs in one state.</source>
        <translation>Mostrar solo trabajos en un estado.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="62"/>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="67"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="68"/>
        <source>Read the history again</source>
        <translation>Volver a leer el historial</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="69"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="70"/>
        <source>Write the jobs the filter selects to a CSV file</source>
        <translation>Escribir en un archivo CSV los trabajos que selecciona el filtro</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="72"/>
        <source>Job history</source>
        <translation>Historial de trabajos</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="75"/>
        <source>Scan history</source>
        <translation>Historial de exploraciones</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="76"/>
        <source>Pushes per node</source>
        <translation>Envíos por nodo</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="77"/>
        <source>Per node: jobs, failures, SSH trouble, bytes sent and the average time of each stage</source>
        <translation>Por nodo: trabajos, fallos, problemas SSH, bytes enviados y duración media de cada etapa</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="78"/>
        <source>Stages of the selected job</source>
        <translation>Etapas del trabajo seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="79"/>
        <location filename="../ui/history/HistoryView.cpp" line="195"/>
        <source>Select a job to see its stages.</source>
        <translation>Seleccione un trabajo para ver sus etapas.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="85"/>
        <source>Job log</source>
        <translation>Registro del trabajo</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="105"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Trabajos</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="106"/>
        <source>S&amp;cans</source>
        <translation>E&amp;xploraciones</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="107"/>
        <source>&amp;Nodes</source>
        <translation>&amp;Nodos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/HistoryView.cpp" line="143"/>
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln trabajo</numerusform>
            <numerusform>%Ln trabajos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="194"/>
        <source>Select a job to see its throughput.</source>
        <translation>Seleccione un trabajo para ver su rendimiento.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="227"/>
        <source>Job %1: %2 to %3, %4 (%5).</source>
        <translation>Trabajo %1: %2 a %3, %4 (%5).</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="249"/>
        <source>Export job history</source>
        <translation>Exportar el historial de trabajos</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="250"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="259"/>
        <source>No history database is open.</source>
        <translation>No hay ninguna base de datos de historial abierta.</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="284"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="289"/>
        <source>No throughput samples for this job.</source>
        <translation>No hay muestras de rendimiento para este trabajo.</translation>
    </message>
</context>
<context>
    <name>fleet::HostKeyActions</name>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="70"/>
        <source>Old host key of %1 forgotten</source>
        <translation>Clave de host antigua de %1 olvidada</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="71"/>
        <source>Cannot forget the host key of %1</source>
        <translation>No se puede olvidar la clave de host de %1</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="73"/>
        <source>Push again: the new key is shown for you to compare and trust.</source>
        <translation>Vuelva a enviar: se muestra la clave nueva para que la compare y confíe en ella.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="85"/>
        <source>Unknown host key: %1</source>
        <translation>Clave de host desconocida: %1</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="88"/>
        <source>%1 presents %2, which is not in known_hosts, so the push was refused. Compare it with the node&apos;s key, then trust it from a Fleet Commander window that can push, or with: fleetctl trust %3 --expect %2</source>
        <translation>%1 presenta %2, que no está en known_hosts, así que se rechazó el envío. Compárela con la clave del nodo y confíe en ella desde una ventana de Fleet Commander que pueda enviar, o con: fleetctl trust %3 --expect %2</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="96"/>
        <source>%1 presents %2, which is not in known_hosts, so the push was refused. Press Trust… to compare it with the node&apos;s key and record it; the push is then retried.</source>
        <translation>%1 presenta %2, que no está en known_hosts, así que se rechazó el envío. Pulse Confiar… para compararla con la clave del nodo y registrarla; después se reintenta el envío.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="99"/>
        <source>Trust…</source>
        <translation>Confiar…</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="134"/>
        <source>Host key of %1 recorded</source>
        <translation>Clave de host de %1 registrada</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="135"/>
        <source>The push is retried.</source>
        <translation>Se reintenta el envío.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyActions.cpp" line="141"/>
        <source>Cannot trust the host key of %1</source>
        <translation>No se puede confiar en la clave de host de %1</translation>
    </message>
</context>
<context>
    <name>fleet::HostKeyDialog</name>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="20"/>
        <source>New host key: %1</source>
        <translation>Nueva clave de host: %1</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="20"/>
        <source>Host key changed: %1</source>
        <translation>Clave de host cambiada: %1</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="35"/>
        <source>SHA256 fingerprint</source>
        <translation>Huella SHA256</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="41"/>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Confiar y conectar</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="42"/>
        <source>Record the key in known_hosts; later connections are checked against it.</source>
        <translation>Registrar la clave en known_hosts; las conexiones posteriores se comprueban con ella.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="44"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="47"/>
        <source>&amp;Forget old key</source>
        <translation>&amp;Olvidar la clave antigua</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="48"/>
        <source>Remove this node&apos;s recorded key from known_hosts. The next connection shows the new key for you to compare and trust.</source>
        <translation>Eliminar de known_hosts la clave registrada de este nodo. La próxima conexión muestra la clave nueva para que la compare y confíe en ella.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="84"/>
        <source>This is the first connection to %1. Its SSH host key is not in known_hosts yet. Compare the fingerprint below with the one on the node&apos;s console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before you trust it.</source>
        <translation>Es la primera conexión con %1. Su clave de host SSH aún no está en known_hosts. Compare la huella de abajo con la de la consola del nodo (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) antes de confiar en ella.</translation>
    </message>
    <message>
        <location filename="../ui/hostkeys/HostKeyDialog.cpp" line="88"/>
        <source>The SSH host key of %1 is different from the one recorded in known_hosts. Someone may be intercepting the connection, so Fleet Commander refuses to connect. If the node was reinstalled, check the new key on its console, then press Forget old key (or run: fleetctl trust %2 --forget) and connect again to trust the new key.</source>
        <translation>La clave de host SSH de %1 es distinta de la registrada en known_hosts. Alguien podría estar interceptando la conexión, así que Fleet Commander se niega a conectar. Si el nodo se reinstaló, compruebe la clave nueva en su consola, pulse Olvidar la clave antigua (o ejecute: fleetctl trust %2 --forget) y vuelva a conectar para confiar en la clave nueva.</translation>
    </message>
</context>
<context>
    <name>fleet::ImageLibraryLoader</name>
    <message>
        <location filename="../ui/library/ImageLibraryLoader.cpp" line="37"/>
        <source>Reading the local Docker engine…</source>
        <translation>Leyendo el motor Docker local…</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryLoader.cpp" line="46"/>
        <source>The engine has no images yet. Build or pull one, then press F5.</source>
        <translation>El motor aún no tiene imágenes. Construya u obtenga una y pulse F5.</translation>
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
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="64"/>
        <source>ID %1 · %2</source>
        <translation>ID %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="66"/>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="68"/>
        <source>Needs a GPU on the node.</source>
        <translation>Necesita una GPU en el nodo.</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="71"/>
        <source>Drag onto a node to push it.</source>
        <translation>Arrástrela a un nodo para enviarla.</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="75"/>
        <source>Image %1, %2</source>
        <translation>Imagen %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="77"/>
        <source>, category %1</source>
        <translation>, categoría %1</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="79"/>
        <source>, needs a GPU</source>
        <translation>, necesita una GPU</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="105"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="107"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="111"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/library/ImageLibraryModel.cpp" line="113"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>fleet::InventoryModel</name>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="67"/>
        <source>%1 lacks %2, which group %3 should hold.
Fix: Sync missing, or %4</source>
        <translation>A %1 le falta %2, que el grupo %3 debe tener.
Solución: Sincronizar las que faltan, o %4</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="69"/>
        <source>%1 holds %2, older than the catalog&apos;s %3.
Fix: Sync missing, or %4</source>
        <translation>%1 tiene %2, más antigua que %3 del catálogo.
Solución: Sincronizar las que faltan, o %4</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="95"/>
        <source>asked through its Fleet Agent</source>
        <translation>consultado a través de su Fleet Agent</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="96"/>
        <source>asked over SSH</source>
        <translation>consultado por SSH</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryModel.cpp" line="99"/>
        <source>agent: %1</source>
        <translation>agente: %1</translation>
    </message>
</context>
<context>
    <name>fleet::InventoryView</name>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="23"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="24"/>
        <source>&amp;Sync missing</source>
        <translation>&amp;Sincronizar lo que falta</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="32"/>
        <source>Ask every known node which images it holds (its agent where it runs, SSH elsewhere)</source>
        <translation>Preguntar a cada nodo conocido qué imágenes tiene (su agente donde se ejecuta, SSH en otro caso)</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="33"/>
        <source>Push what the drift shows missing or outdated, to exactly the nodes concerned</source>
        <translation>Enviar lo que la desviación muestra que falta o está desactualizado, exactamente a los nodos afectados</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="80"/>
        <source>The inventory is not available in this window (read-only).</source>
        <translation>El inventario no está disponible en esta ventana (solo lectura).</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="97"/>
        <source>No nodes known yet: scan for some first.</source>
        <translation>Aún no se conoce ningún nodo: explore primero.</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="134"/>
        <source>Nothing to sync: no node lacks what its groups want or holds an older tag.</source>
        <translation>Nada que sincronizar: a ningún nodo le falta lo que quieren sus grupos ni tiene una etiqueta más antigua.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventory/InventoryView.cpp" line="139"/>
        <source>%n push(es) started; the columns refresh as each one succeeds.</source>
        <translation>
            <numerusform>%n envío iniciado; las columnas se actualizan cuando termina bien.</numerusform>
            <numerusform>%n envíos iniciados; las columnas se actualizan a medida que cada uno termina bien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="149"/>
        <location filename="../ui/inventory/InventoryView.cpp" line="153"/>
        <source>Asking the nodes…</source>
        <translation>Consultando los nodos…</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="154"/>
        <source>Press Refresh to see which node holds which image.</source>
        <translation>Pulse Actualizar para ver qué nodo tiene qué imagen.</translation>
    </message>
    <message>
        <location filename="../ui/inventory/InventoryView.cpp" line="160"/>
        <source>%1, %2; drift: %3 missing, %4 outdated</source>
        <translation>%1, %2; desviación: %3 ausentes, %4 desactualizadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventory/InventoryView.cpp" line="161"/>
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln nodo</numerusform>
            <numerusform>%Ln nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventory/InventoryView.cpp" line="162"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln imagen</numerusform>
            <numerusform>%Ln imágenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::JobAlerts</name>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="34"/>
        <source>Push to %1 failed</source>
        <translation>Falló el envío a %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="36"/>
        <source>%1 could not be pushed; see History for the stage that failed.</source>
        <translation>No se pudo enviar %1; vea el historial para la etapa que falló.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobAlerts.cpp" line="42"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>fleet::JobRunner</name>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="59"/>
        <source>No node was given: name at least one node to push to.</source>
        <translation>No se indicó ningún nodo: nombre al menos un nodo al que enviar.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="62"/>
        <source>No archive was given: name a docker-save archive file.</source>
        <translation>No se indicó ningún archivo: nombre un archivo docker-save.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="64"/>
        <source>An archive push names its images in the archive; drop the image name &quot;%1&quot;.</source>
        <translation>Un envío de archivo nombra sus imágenes en el archivo; quite el nombre de imagen «%1».</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="68"/>
        <source>%1: no such file. Name an existing docker-save archive (docker save -o FILE IMAGE).</source>
        <translation>%1: no existe el archivo. Indique un archivo docker-save existente (docker save -o FILE IMAGE).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="71"/>
        <source>%1 is not a readable file: name a docker-save archive.</source>
        <translation>%1 no es un archivo legible: indique un archivo docker-save.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="76"/>
        <source>No store was given: name the STORE-URL the image is kept in.</source>
        <translation>No se indicó ningún almacén: nombre la STORE-URL en la que se guarda la imagen.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="79"/>
        <source>No image was given: name an image of %1 (fleetctl store list %1 shows them).</source>
        <translation>No se indicó ninguna imagen: nombre una imagen de %1 (fleetctl store list %1 las muestra).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="82"/>
        <source>A store push has no archive file; &quot;%1&quot; would be ignored.</source>
        <translation>Un envío desde almacén no tiene archivo; «%1» se ignoraría.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="84"/>
        <source>A direct download needs an S3 store (nodes fetch from it by a presigned link); %1 is not one. Use --via relay or auto.</source>
        <translation>Una descarga directa necesita un almacén S3 (los nodos descargan de él con un enlace prefirmado); %1 no lo es. Use --via relay o auto.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="91"/>
        <source>&quot;%1&quot; is neither an archive name (%2) nor a tagged image reference (IMAGE:TAG).</source>
        <translation>«%1» no es ni un nombre de archivo (%2) ni una referencia de imagen con etiqueta (IMAGE:TAG).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="99"/>
        <source>No image was given: name an image of the local engine or a docker-save archive.</source>
        <translation>No se indicó ninguna imagen: nombre una imagen del motor local o un archivo docker-save.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="101"/>
        <source>An image push has no archive file; &quot;%1&quot; would be ignored. Push the archive as an archive.</source>
        <translation>Un envío de imagen no tiene archivo; «%1» se ignoraría. Envíe el archivo como archivo.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="111"/>
        <source>request id &quot;%1&quot; is not 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>el id de petición «%1» no tiene de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="115"/>
        <source>&quot;%1&quot; is not a valid node (expected host, host:port or user@host).</source>
        <translation>«%1» no es un nodo válido (se espera host, host:port o user@host).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="119"/>
        <source>&quot;%1&quot; is not a valid container name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</source>
        <translation>«%1» no es un nombre de contenedor válido (letras, dígitos, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="122"/>
        <source>restart policy &quot;%1&quot; is not one of no, always, unless-stopped, on-failure[:N].</source>
        <translation>la política de reinicio «%1» no es una de no, always, unless-stopped, on-failure[:N].</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="127"/>
        <source>port mapping &quot;%1&quot; is not HOST:CONTAINER[/PROTO].</source>
        <translation>la asignación de puertos «%1» no es HOST:CONTAINER[/PROTO].</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="132"/>
        <source>environment entry &quot;%1&quot; is not KEY=VALUE.</source>
        <translation>la entrada de entorno «%1» no es KEY=VALUE.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="134"/>
        <source>&quot;%1&quot; is not a valid network name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</source>
        <translation>«%1» no es un nombre de red válido (letras, dígitos, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="136"/>
        <source>a CPU limit of %1 is not between 0 (no limit) and 1024.</source>
        <translation>un límite de CPU de %1 no está entre 0 (sin límite) y 1024.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="139"/>
        <source>a memory limit of %1 bytes is below Docker&apos;s minimum of 6m (0: no limit).</source>
        <translation>un límite de memoria de %1 bytes está por debajo del mínimo de Docker de 6m (0: sin límite).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="142"/>
        <source>a health timeout of %1 s is not between 1 and 3600.</source>
        <translation>un tiempo de salud de %1 s no está entre 1 y 3600.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="144"/>
        <source>--force-gpu runs a GPU image where no GPU shows; it means nothing with --no-gpu.</source>
        <translation>--force-gpu ejecuta una imagen de GPU donde no se ve ninguna GPU; con --no-gpu no significa nada.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="148"/>
        <source>label &quot;%1&quot; is not KEY=VALUE (a key of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;).</source>
        <translation>la etiqueta «%1» no es KEY=VALUE (una clave de letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="150"/>
        <source>label &quot;%1&quot;: io.fleetcommander.* labels are the fleet&apos;s own (who deployed what, when); choose another key.</source>
        <translation>etiqueta «%1»: las etiquetas io.fleetcommander.* son de la flota (quién desplegó qué y cuándo); elija otra clave.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="155"/>
        <source>limits, GPU use and labels set up the container of the run stage: enable it (--run).</source>
        <translation>los límites, el uso de GPU y las etiquetas configuran el contenedor de la etapa de ejecución: actívela (--run).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="229"/>
        <source>No store was given: name a STORE-URL (dir:, s3://, registry://).</source>
        <translation>No se indicó ningún almacén: nombre una STORE-URL (dir:, s3://, registry://).</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="232"/>
        <source>A push is submitted as a push request, not a store verb.</source>
        <translation>Un envío se presenta como petición de envío, no como acción de almacén.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="234"/>
        <source>No image was given: name at least one image.</source>
        <translation>No se indicó ninguna imagen: nombre al menos una.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="238"/>
        <source>No target store was given for the copy.</source>
        <translation>No se indicó ningún almacén de destino para la copia.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="240"/>
        <source>%1 is both the source and the target: choose another store.</source>
        <translation>%1 es a la vez origen y destino: elija otro almacén.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="243"/>
        <source>An archive name is given to the put of one image.</source>
        <translation>Un nombre de archivo se da al guardar una sola imagen.</translation>
    </message>
    <message>
        <location filename="../core/transfer/JobRunner.cpp" line="449"/>
        <source>%1: cancelled before it started</source>
        <translation>%1: cancelado antes de empezar</translation>
    </message>
</context>
<context>
    <name>fleet::JobsModel</name>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="32"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="35"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="327"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="40"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="332"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="42"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="334"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="44"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="336"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="46"/>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="338"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="85"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="90"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="96"/>
        <source>%1 to %2: %3, %4</source>
        <translation>%1 a %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="126"/>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="128"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="130"/>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="132"/>
        <source>Save</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="134"/>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="136"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="138"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="140"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="142"/>
        <source>Rate</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="144"/>
        <source>ETA</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsModel.cpp" line="146"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>fleet::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="39"/>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="40"/>
        <source>One row per node of a push; a push to several nodes is one row to expand. Delete cancels the selected jobs, Ctrl+Shift+R retries them.</source>
        <translation>Una fila por nodo de un envío; un envío a varios nodos es una fila que se despliega. Supr cancela los trabajos seleccionados, Ctrl+Mayús+R los reintenta.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="56"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="56"/>
        <source>Cancel the selected jobs (Delete)</source>
        <translation>Cancelar los trabajos seleccionados (Supr)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="57"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="57"/>
        <source>Run the selected failed or cancelled jobs again (Ctrl+Shift+R)</source>
        <translation>Volver a ejecutar los trabajos seleccionados fallidos o cancelados (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="59"/>
        <source>Clear finished</source>
        <translation>Quitar los terminados</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="59"/>
        <source>Remove finished jobs from this list (they stay in History)</source>
        <translation>Quitar de esta lista los trabajos terminados (siguen en el historial)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="66"/>
        <source>&lt;b&gt;Jobs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trabajos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="124"/>
        <source>Push an image to see its throughput here.</source>
        <translation>Envíe una imagen para ver aquí su rendimiento.</translation>
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
            <numerusform>Fleet Commander: %n trabajo en curso</numerusform>
            <numerusform>Fleet Commander: %n trabajos en curso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/JobsTrayIcon.cpp" line="52"/>
        <source>Fleet Commander: no jobs running</source>
        <translation>Fleet Commander: ningún trabajo en curso</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/JobsTrayIcon.cpp" line="54"/>
        <source>%n job(s) failed</source>
        <translation>
            <numerusform>%n trabajo fallido</numerusform>
            <numerusform>%n trabajos fallidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::JobsTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="344"/>
        <source>%1 of %n node(s) done</source>
        <translation>
            <numerusform>%1 de %n nodo terminado</numerusform>
            <numerusform>%1 de %n nodos terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="345"/>
        <source>%1 of %n job(s) done</source>
        <translation>
            <numerusform>%1 de %n trabajo terminado</numerusform>
            <numerusform>%1 de %n trabajos terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="347"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="375"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n en curso</numerusform>
            <numerusform>%n en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="377"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="379"/>
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n correcto</numerusform>
            <numerusform>%n correctos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="381"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsTreeModel.cpp" line="385"/>
        <source>%1 to %2: %3</source>
        <translation>%1 a %2: %3</translation>
    </message>
</context>
<context>
    <name>fleet::LibraryPanel</name>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="30"/>
        <source>&lt;b&gt;Images&lt;/b&gt;</source>
        <translation>&lt;b&gt;Imágenes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="34"/>
        <source>Reload the images of the local Docker engine and the stores (F5)</source>
        <translation>Recargar las imágenes del motor Docker local y de los almacenes (F5)</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="35"/>
        <source>Reload images</source>
        <translation>Recargar imágenes</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="38"/>
        <source>Search images and archives</source>
        <translation>Buscar imágenes y archivos</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="40"/>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="54"/>
        <source>Image library</source>
        <translation>Biblioteca de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="55"/>
        <source>Drag images onto a node to push them there; select several to push them together.</source>
        <translation>Arrastre imágenes a un nodo para enviarlas allí; seleccione varias para enviarlas juntas.</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="77"/>
        <location filename="../ui/library/LibraryPanel.cpp" line="240"/>
        <source>This workstation</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="78"/>
        <source>The images of the local Docker engine</source>
        <translation>Las imágenes del motor Docker local</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="168"/>
        <source>The store %1: %2</source>
        <translation>El almacén %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="240"/>
        <source>This workstation (%1)</source>
        <translation>Este equipo (%1)</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="256"/>
        <source>&amp;Put into store</source>
        <translation>&amp;Guardar en un almacén</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="274"/>
        <source>&amp;Copy to store</source>
        <translation>&amp;Copiar a un almacén</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryPanel.cpp" line="281"/>
        <source>&amp;Delete from store…</source>
        <translation>&amp;Eliminar del almacén…</translation>
    </message>
</context>
<context>
    <name>fleet::MainActions</name>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="28"/>
        <source>&amp;Scan…</source>
        <translation>E&amp;xplorar…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="28"/>
        <source>Discover nodes on networks and from SSH files</source>
        <translation>Descubrir nodos en redes y en los archivos SSH</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="30"/>
        <source>&amp;Push</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="30"/>
        <source>Push the selected images to the selected nodes</source>
        <translation>Enviar las imágenes seleccionadas a los nodos seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="32"/>
        <source>&amp;Install agent</source>
        <translation>&amp;Instalar agente</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="33"/>
        <source>Install the Fleet Agent on the selected nodes over SSH</source>
        <translation>Instalar el Fleet Agent en los nodos seleccionados por SSH</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="35"/>
        <source>Clean &amp;up images…</source>
        <translation>&amp;Limpiar imágenes…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="36"/>
        <source>Remove images the selected nodes can load again from a store, and dangling ones</source>
        <translation>Eliminar las imágenes que los nodos seleccionados pueden volver a cargar de un almacén, y las huérfanas</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="38"/>
        <source>Containers and &amp;logs…</source>
        <translation>Contenedores y &amp;registros…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="39"/>
        <source>The selected node&apos;s containers (stop, start, restart, remove) and their logs</source>
        <translation>Los contenedores del nodo seleccionado (detener, iniciar, reiniciar, eliminar) y sus registros</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="41"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="42"/>
        <source>Cancel the selected jobs, or all running jobs when none is selected</source>
        <translation>Cancelar los trabajos seleccionados, o todos los que están en curso si no hay ninguno seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="44"/>
        <source>&amp;Reload images</source>
        <translation>&amp;Recargar imágenes</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="45"/>
        <source>Read the local Docker engine&apos;s images and the stores&apos; archives again</source>
        <translation>Volver a leer las imágenes del motor Docker local y los archivos de los almacenes</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="47"/>
        <source>Only &amp;not installed</source>
        <translation>Solo &amp;no instalados</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="48"/>
        <source>Show only nodes where SSH works but the agent is missing</source>
        <translation>Mostrar solo los nodos donde SSH funciona pero falta el agente</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="51"/>
        <source>&amp;Confirm drops</source>
        <translation>&amp;Confirmar al soltar</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="52"/>
        <source>Ask for transfer mode and run options before each push</source>
        <translation>Preguntar el modo de transferencia y las opciones de ejecución antes de cada envío</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="54"/>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Notificaciones de escritorio</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="55"/>
        <source>Tell the desktop when a push ends while the window is in the background</source>
        <translation>Avisar al escritorio cuando un envío termina mientras la ventana está en segundo plano</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="58"/>
        <source>Show in the system &amp;tray</source>
        <translation>Mostrar en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="59"/>
        <source>An icon in the system tray that counts the running jobs</source>
        <translation>Un icono en la bandeja del sistema que cuenta los trabajos en curso</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="63"/>
        <source>&amp;Build image…</source>
        <translation>&amp;Construir imagen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="66"/>
        <source>Build an image definition folder in the local Docker Engine</source>
        <translation>Construir una carpeta de definición de imagen en el motor Docker local</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="68"/>
        <source>&amp;Export history as CSV…</source>
        <translation>&amp;Exportar historial como CSV…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="72"/>
        <source>&amp;Fleet</source>
        <translation>&amp;Flota</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="74"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="76"/>
        <source>&amp;Filter nodes</source>
        <translation>&amp;Filtrar nodos</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="79"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="83"/>
        <source>Stores and other settings</source>
        <translation>Almacenes y otros ajustes</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="92"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="102"/>
        <source>F&amp;leet</source>
        <translation>F&amp;lota</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="104"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Trabajos</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="105"/>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainActions.cpp" line="110"/>
        <source>Main</source>
        <translation>Principal</translation>
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
        <translation>No se puede leer la última flota conocida</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="107"/>
        <source>Cannot read the history</source>
        <translation>No se puede leer el historial</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="112"/>
        <source>History exported</source>
        <translation>Historial exportado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="113"/>
        <source>%n job(s) written to %1.</source>
        <translation>
            <numerusform>%n trabajo escrito en %1.</numerusform>
            <numerusform>%n trabajos escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="115"/>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="130"/>
        <source>Apptainer</source>
        <translation>Apptainer</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="131"/>
        <source>The Apptainer registry: .sif images by partition, job templates</source>
        <translation>El registro de Apptainer: imágenes .sif por partición, plantillas de trabajos</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>&amp;Fleet</source>
        <translation>&amp;Flota</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="158"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="171"/>
        <source>Docker engine: connecting…</source>
        <translation>Motor Docker: conectando…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="172"/>
        <source>Docker engine status</source>
        <translation>Estado del motor Docker</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="357"/>
        <source>Docker engine not reachable</source>
        <translation>Motor Docker inaccesible</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="359"/>
        <source>Cannot list the local images</source>
        <translation>No se pueden listar las imágenes locales</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="378"/>
        <source>Agent installation is not available</source>
        <translation>La instalación del agente no está disponible</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="379"/>
        <source>This build cannot install the Fleet Agent from the window yet. Use `fleetctl agent install NODE` in a terminal.</source>
        <translation>Esta versión aún no puede instalar el Fleet Agent desde la ventana. Use `fleetctl agent install NODE` en un terminal.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="397"/>
        <source>Cleaning up is not available</source>
        <translation>La limpieza no está disponible</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="398"/>
        <source>This window runs nothing (read-only). Use `fleetctl prune NODE` in a terminal.</source>
        <translation>Esta ventana no ejecuta nada (solo lectura). Use `fleetctl prune NODE` en un terminal.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="410"/>
        <source>Containers are not available</source>
        <translation>Los contenedores no están disponibles</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="411"/>
        <source>This window runs nothing (read-only). Use `fleetctl containers %1` in a terminal.</source>
        <translation>Esta ventana no ejecuta nada (solo lectura). Use `fleetctl containers %1` en un terminal.</translation>
    </message>
</context>
<context>
    <name>fleet::NodeDetailDialog</name>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="55"/>
        <source>%1 — containers and logs</source>
        <translation>%1 — contenedores y registros</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="63"/>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="229"/>
        <source>Runtime: not probed yet</source>
        <translation>Entorno: aún sin sondear</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="69"/>
        <source>&amp;Probe</source>
        <translation>&amp;Sondear</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="71"/>
        <source>Ask the node which container runtime it has and how this user reaches it</source>
        <translation>Preguntar al nodo qué entorno de contenedores tiene y cómo llega a él este usuario</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="80"/>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="81"/>
        <source>Uptime</source>
        <translation>Tiempo activo</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="93"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="94"/>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="95"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="96"/>
        <source>Rest&amp;art</source>
        <translation>Reinici&amp;ar</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="97"/>
        <source>Re&amp;move…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="109"/>
        <source>&amp;Follow</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="110"/>
        <source>Keep adding new lines of the selected container&apos;s log</source>
        <translation>Seguir añadiendo las líneas nuevas del registro del contenedor seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="113"/>
        <source>Container log</source>
        <translation>Registro del contenedor</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="166"/>
        <source>system not known yet</source>
        <translation>sistema aún desconocido</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="167"/>
        <source>no Fleet Agent</source>
        <translation>sin Fleet Agent</translation>
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
        <translation>almacén %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="243"/>
        <source>%1 free in its root</source>
        <translation>%1 libres en su raíz</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="245"/>
        <source>%1 free in %2</source>
        <translation>%1 libres en %2</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="248"/>
        <source>Runtime: %1</source>
        <translation>Entorno: %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="254"/>
        <source>Probing %1…</source>
        <translation>Sondeando %1…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="276"/>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="301"/>
        <source>Started by Fleet Commander</source>
        <translation>Iniciado por Fleet Commander</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="306"/>
        <source>No containers on this node.</source>
        <translation>No hay contenedores en este nodo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="307"/>
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n contenedor</numerusform>
            <numerusform>%n contenedores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="324"/>
        <source>Remove the container %1 from %2? A running container is stopped first; what it wrote inside itself is lost.</source>
        <translation>¿Eliminar el contenedor %1 de %2? Un contenedor en ejecución se detiene antes; lo que escribió dentro de sí mismo se pierde.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="327"/>
        <source>Remove container</source>
        <translation>Eliminar contenedor</translation>
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
        <translation>hecho</translation>
    </message>
</context>
<context>
    <name>fleet::NodeIdentityDialog</name>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="26"/>
        <source>SSH identity of %1</source>
        <translation>Identidad SSH de %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="28"/>
        <source>Identity for</source>
        <translation>Identidad para</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="29"/>
        <source>This node (%1)</source>
        <translation>Este nodo (%1)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="31"/>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="33"/>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="34"/>
        <source>empty: no override</source>
        <translation>vacío: sin clave propia</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="37"/>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="38"/>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="96"/>
        <source>Choose the private key</source>
        <translation>Elegir la clave privada</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="51"/>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="52"/>
        <source>&amp;Key file:</source>
        <translation>Archivo de &amp;clave:</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="85"/>
        <source>In use without an override: %1</source>
        <translation>En uso sin clave propia: %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="87"/>
        <source>In use: %1 (%2)</source>
        <translation>En uso: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="88"/>
        <source>this node&apos;s own</source>
        <translation>la propia de este nodo</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeIdentityDialog.cpp" line="89"/>
        <source>group %1</source>
        <translation>grupo %1</translation>
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
        <translation>. SSH funciona pero el Fleet Agent no está instalado: seleccione el nodo y use Instalar agente.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="76"/>
        <source>last seen %1</source>
        <translation>visto por última vez %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeListModel.cpp" line="92"/>
        <source>OS not known yet</source>
        <translation>Sistema operativo aún desconocido</translation>
    </message>
</context>
<context>
    <name>fleet::NodeTileDelegate</name>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="111"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n en ejecución</numerusform>
            <numerusform>%n en ejecución</numerusform>
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
        <translation>MEM</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="151"/>
        <source>DISK</source>
        <translation>DISCO</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="272"/>
        <source>Push to this node</source>
        <translation>Enviar a este nodo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="272"/>
        <source>Push to %n node(s)</source>
        <translation>
            <numerusform>Enviar a %n nodo</numerusform>
            <numerusform>Enviar a %n nodos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::NodeTileView</name>
    <message>
        <location filename="../ui/fleet/NodeTileView.cpp" line="30"/>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodeTileView.cpp" line="31"/>
        <source>Drag images from the library onto a node to push them; a drop on a selected node pushes to the whole selection.</source>
        <translation>Arrastre imágenes de la biblioteca a un nodo para enviarlas; soltarlas en un nodo seleccionado las envía a toda la selección.</translation>
    </message>
</context>
<context>
    <name>fleet::NodesPanel</name>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="28"/>
        <source>Filter nodes by name, address, OS…</source>
        <translation>Filtrar nodos por nombre, dirección, sistema…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="30"/>
        <source>Node filter</source>
        <translation>Filtro de nodos</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="31"/>
        <source>Show only nodes whose name, address, OS, architecture or state contains this text (Ctrl+F).</source>
        <translation>Mostrar solo los nodos cuyo nombre, dirección, sistema, arquitectura o estado contiene este texto (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="35"/>
        <source>State filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="36"/>
        <source>Show only nodes in one state.</source>
        <translation>Mostrar solo los nodos en un estado.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="37"/>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="42"/>
        <source>Not installed</source>
        <translation>No instalado</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="44"/>
        <source>Show only nodes without the agent</source>
        <translation>Mostrar solo los nodos sin agente</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="45"/>
        <source>One click: show only nodes that answer SSH but have no Fleet Agent (Ctrl+Shift+N).</source>
        <translation>Un clic: mostrar solo los nodos que responden por SSH pero no tienen Fleet Agent (Ctrl+Mayús+N).</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="49"/>
        <source>Sort nodes</source>
        <translation>Ordenar nodos</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="50"/>
        <source>Order of the tiles.</source>
        <translation>Orden de los mosaicos.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="51"/>
        <source>Sort by address</source>
        <translation>Ordenar por dirección</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="52"/>
        <source>Sort by name</source>
        <translation>Ordenar por nombre</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="53"/>
        <source>Sort by state</source>
        <translation>Ordenar por estado</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="54"/>
        <source>Sort by last seen</source>
        <translation>Ordenar por última vez visto</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="57"/>
        <source>Select group</source>
        <translation>Seleccionar grupo</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="58"/>
        <source>Select the tiles of a node group (fleetctl group add, or Groups… on a tile).</source>
        <translation>Seleccionar los mosaicos de un grupo de nodos (fleetctl group add, o Grupos… en un mosaico).</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="152"/>
        <source>Select group…</source>
        <translation>Seleccionar grupo…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/NodesPanel.cpp" line="173"/>
        <source>No nodes yet. Scan the network (Ctrl+Shift+S) to discover your fleet.</source>
        <translation>Aún no hay nodos. Explore la red (Ctrl+Mayús+S) para descubrir su flota.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodesPanel.cpp" line="174"/>
        <source>No node matches the filter. Clear the filter to see all %n node(s).</source>
        <translation>
            <numerusform>Ningún nodo coincide con el filtro. Borre el filtro para ver el %n nodo.</numerusform>
            <numerusform>Ningún nodo coincide con el filtro. Borre el filtro para ver los %n nodos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::NotificationArea</name>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="26"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="74"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="75"/>
        <source>Dismiss notification: %1</source>
        <translation>Descartar notificación: %1</translation>
    </message>
</context>
<context>
    <name>fleet::PruneDialog</name>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="26"/>
        <source>&lt;none&gt;</source>
        <translation>&lt;ninguna&gt;</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="37"/>
        <source>Clean up images</source>
        <translation>Limpiar imágenes</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="40"/>
        <source>Images that a store holds (they load again from there) and dangling images (untagged, unused) on %1. Images a container uses, running or stopped, stay.</source>
        <translation>Las imágenes que contiene un almacén (se vuelven a cargar desde allí) y las imágenes huérfanas (sin etiqueta, sin usar) en %1. Las imágenes que usa un contenedor, en ejecución o detenido, se quedan.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="51"/>
        <source>Images to remove</source>
        <translation>Imágenes que eliminar</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="52"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="61"/>
        <source>Remove images</source>
        <translation>Eliminar imágenes</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="94"/>
        <source>Computing the plan…</source>
        <translation>Calculando el plan…</translation>
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
            <numerusform>%1 — %n imagen, hasta %2</numerusform>
            <numerusform>%1 — %n imágenes, hasta %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="123"/>
        <source>reloadable from %1 (%2)</source>
        <translation>se puede recargar desde %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="124"/>
        <source>dangling</source>
        <translation>huérfana</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="127"/>
        <source>kept: used by %1</source>
        <translation>se conserva: la usa %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="135"/>
        <source>Space freed: up to %1</source>
        <translation>Espacio liberado: hasta %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="136"/>
        <source>Nothing to remove.</source>
        <translation>Nada que eliminar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="137"/>
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>Eliminar %n imagen</numerusform>
            <numerusform>Eliminar %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="145"/>
        <source>Removing…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="170"/>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PruneDialog.cpp" line="170"/>
        <source>not removed: %1</source>
        <translation>no eliminada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="175"/>
        <source>Removed %n image(s), %1 freed.</source>
        <translation>
            <numerusform>%n imagen eliminada, %1 liberados.</numerusform>
            <numerusform>%n imágenes eliminadas, %1 liberados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="176"/>
        <source>%n could not be removed.</source>
        <translation>
            <numerusform>No se pudo eliminar %n.</numerusform>
            <numerusform>No se pudieron eliminar %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::PushConfirmPopover</name>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="29"/>
        <source>Confirm push</source>
        <translation>Confirmar envío</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="39"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="49"/>
        <source>Stream (straight into docker load)</source>
        <translation>Flujo (directo a docker load)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="50"/>
        <source>Copy first (scp, checked, resumable)</source>
        <translation>Copiar primero (scp, comprobado, reanudable)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="51"/>
        <source>Transfer mode</source>
        <translation>Modo de transferencia</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="52"/>
        <source>Stream is fastest. Copy first writes a temporary file on the node, checks its SHA-256 and resumes after a broken connection; use it for big images over slow links.</source>
        <translation>El flujo es lo más rápido. Copiar primero escribe un archivo temporal en el nodo, comprueba su SHA-256 y se reanuda tras una conexión cortada; úselo para imágenes grandes en enlaces lentos.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="55"/>
        <source>Rela&amp;y through the nodes</source>
        <translation>Retransmitir a tra&amp;vés de los nodos</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="56"/>
        <source>Send the image once, to the first node; each node loads it and passes it on to the next over SSH, with a key made for this push and removed after it. For many nodes behind a slow link from here.</source>
        <translation>Enviar la imagen una sola vez, al primer nodo; cada nodo la carga y la pasa al siguiente por SSH, con una clave creada para este envío y eliminada después. Para muchos nodos detrás de un enlace lento desde aquí.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="63"/>
        <source>&amp;Run after load</source>
        <translation>&amp;Ejecutar tras la carga</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="64"/>
        <source>Start a container from the image (docker run -d) once it is loaded.</source>
        <translation>Iniciar un contenedor a partir de la imagen (docker run -d) una vez cargada.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="69"/>
        <source>chosen by Docker</source>
        <translation>elegido por Docker</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="70"/>
        <source>Container name</source>
        <translation>Nombre del contenedor</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="75"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="76"/>
        <source>CPU limit</source>
        <translation>Límite de CPU</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="78"/>
        <source>no limit (e.g. 512m, 2g)</source>
        <translation>sin límite (p. ej. 512m, 2g)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="79"/>
        <source>Memory limit</source>
        <translation>Límite de memoria</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="80"/>
        <source>A running container of the same name is replaced only once the new one is healthy; otherwise it keeps running.</source>
        <translation>Un contenedor en ejecución con el mismo nombre solo se sustituye cuando el nuevo está sano; si no, sigue ejecutándose.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="87"/>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPU:</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="88"/>
        <source>M&amp;emory:</source>
        <translation>M&amp;emoria:</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="94"/>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;No volver a preguntar</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="95"/>
        <source>Push at once on the next drops with these choices. Turn asking back on with Settings → Confirm drops.</source>
        <translation>Enviar al momento con estas opciones en los próximos arrastres. Vuelva a activar la pregunta en Ajustes → Confirmar al soltar.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="98"/>
        <source>&amp;Push</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="105"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="126"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nodo</numerusform>
            <numerusform>%n nodos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="127"/>
        <source>Push %1 to %2?</source>
        <translation>¿Enviar %1 a %2?</translation>
    </message>
</context>
<context>
    <name>fleet::PushController</name>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="40"/>
        <source>Nothing to push</source>
        <translation>Nada que enviar</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="41"/>
        <source>Select one or more images in the library and one or more nodes, then press Push (Ctrl+P), or drag the images onto a node.</source>
        <translation>Seleccione una o varias imágenes en la biblioteca y uno o varios nodos y pulse Enviar (Ctrl+P), o arrastre las imágenes a un nodo.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="68"/>
        <source>GPU image on a node without a GPU</source>
        <translation>Imagen de GPU en un nodo sin GPU</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="91"/>
        <source>Cannot sync</source>
        <translation>No se puede sincronizar</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="92"/>
        <source>This window is not connected to a job runner (a test or screenshot build). Start fleet-commander normally to sync images.</source>
        <translation>Esta ventana no está conectada a ningún ejecutor de trabajos (versión de prueba o de captura). Inicie fleet-commander normalmente para sincronizar imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="101"/>
        <source>Cannot push</source>
        <translation>No se puede enviar</translation>
    </message>
    <message>
        <location filename="../ui/fleet/PushController.cpp" line="102"/>
        <source>This window is not connected to a job runner (a test or screenshot build). Start fleet-commander normally to push images.</source>
        <translation>Esta ventana no está conectada a ningún ejecutor de trabajos (versión de prueba o de captura). Inicie fleet-commander normalmente para enviar imágenes.</translation>
    </message>
</context>
<context>
    <name>fleet::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="15"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="19"/>
        <source>&amp;Stores</source>
        <translation>&amp;Almacenes</translation>
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
        <translation>Partición del registro %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="110"/>
        <source>unsigned</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="111"/>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="111"/>
        <source>signed (not verified)</source>
        <translation>firmada (sin verificar)</translation>
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
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="136"/>
        <source>Arch</source>
        <translation>Arq.</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="138"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="140"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifImageModel.cpp" line="142"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
</context>
<context>
    <name>fleet::SifPane</name>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="55"/>
        <source>Choose registry folder…</source>
        <translation>Elegir carpeta del registro…</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="57"/>
        <source>The folder that holds images/&lt;partition&gt;/*.sif (local disk or an NFS/CephFS mount)</source>
        <translation>La carpeta que contiene images/&lt;partition&gt;/*.sif (disco local o un montaje NFS/CephFS)</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="58"/>
        <source>Rescan</source>
        <translation>Volver a explorar</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="59"/>
        <source>Scan the registry again (unchanged files are not hashed again)</source>
        <translation>Volver a explorar el registro (los archivos sin cambios no se vuelven a calcular)</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="67"/>
        <source>Apptainer images by partition</source>
        <translation>Imágenes de Apptainer por partición</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="68"/>
        <source>Drag an image onto node tiles to copy it into their Apptainer cache</source>
        <translation>Arrastre una imagen a mosaicos de nodos para copiarla en su caché de Apptainer</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="76"/>
        <location filename="../ui/sif/SifPane.cpp" line="80"/>
        <source>Job templates</source>
        <translation>Plantillas de trabajos</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="110"/>
        <location filename="../ui/sif/SifPane.cpp" line="120"/>
        <source>No registry folder chosen</source>
        <translation>No se eligió ninguna carpeta de registro</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="129"/>
        <source>Choose the registry folder (images/&lt;partition&gt;/*.sif) to see its Apptainer images.</source>
        <translation>Elija la carpeta del registro (images/&lt;partition&gt;/*.sif) para ver sus imágenes de Apptainer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sif/SifPane.cpp" line="156"/>
        <source>%n file(s) flagged: they are never synced.</source>
        <translation>
            <numerusform>%n archivo marcado: nunca se sincroniza.</numerusform>
            <numerusform>%n archivos marcados: nunca se sincronizan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sif/SifPane.cpp" line="181"/>
        <source>Apptainer registry folder</source>
        <translation>Carpeta del registro de Apptainer</translation>
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
        <translation>válida</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="39"/>
        <source>missing</source>
        <translation>falta</translation>
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
Disponible: %2</translation>
    </message>
    <message>
        <location filename="../ui/sif/SifTemplateModel.cpp" line="47"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>fleet::StoreArchiveModel</name>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="71"/>
        <source>In the store %1 (%2)</source>
        <translation>En el almacén %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="75"/>
        <source>sha256:%1</source>
        <translation>sha256:%1</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="77"/>
        <source>Image ID %1</source>
        <translation>ID de imagen %1</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="79"/>
        <source>Stored %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="80"/>
        <source>Drag onto a node to push it from the store.</source>
        <translation>Arrástrelo a un nodo para enviarlo desde el almacén.</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="84"/>
        <source>Archive %1 in %2, %3</source>
        <translation>Archivo %1 en %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="104"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="106"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="108"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="110"/>
        <source>Stored</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreArchiveModel.cpp" line="112"/>
        <source>Digest</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>fleet::StoreEditDialog</name>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="41"/>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="43"/>
        <source>e.g. team-archives</source>
        <translation>p. ej. team-archives</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="46"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="47"/>
        <source>S3 bucket</source>
        <translation>Bucket S3</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="48"/>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="64"/>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="66"/>
        <source>List the store with these settings and say how many archives it holds</source>
        <translation>Listar el almacén con estos ajustes y decir cuántos archivos contiene</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="71"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="72"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="106"/>
        <source>/srv/image-archives</source>
        <translation>/srv/image-archives</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="107"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="109"/>
        <source>Folder of archives</source>
        <translation>Carpeta de archivos</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="118"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="125"/>
        <source>http://127.0.0.1:9000 (empty: AWS)</source>
        <translation>http://127.0.0.1:9000 (vacío: AWS)</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="126"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="127"/>
        <source>optional, e.g. team/</source>
        <translation>opcional, p. ej. team/</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="132"/>
        <source>Credentials: saved in the keychain. Type new ones to replace them.</source>
        <translation>Credenciales: guardadas en el llavero. Escriba otras nuevas para sustituirlas.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="137"/>
        <source>&amp;Endpoint URL:</source>
        <translation>URL del &amp;punto de acceso:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="138"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="139"/>
        <source>&amp;Prefix:</source>
        <translation>&amp;Prefijo:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="140"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="141"/>
        <source>&amp;Access key ID:</source>
        <translation>ID de clave de &amp;acceso:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="142"/>
        <source>&amp;Secret key:</source>
        <translation>Clave &amp;secreta:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="150"/>
        <source>host:port, e.g. 127.0.0.1:5000</source>
        <translation>host:port, p. ej. 127.0.0.1:5000</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="151"/>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="152"/>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="307"/>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="308"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="154"/>
        <source>Login: saved in the keychain. Type a new one to replace it.</source>
        <translation>Inicio de sesión: guardado en el llavero. Escriba uno nuevo para sustituirlo.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="159"/>
        <source>&amp;Registry:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="160"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="161"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="279"/>
        <source>Give the store a name.</source>
        <translation>Dé un nombre al almacén.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="281"/>
        <source>A store name is one line of at most 64 characters.</source>
        <translation>Un nombre de almacén es una línea de 64 caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="283"/>
        <source>Another store is already called %1.</source>
        <translation>Otro almacén ya se llama %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="285"/>
        <source>Choose the folder of archives.</source>
        <translation>Elija la carpeta de los archivos.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="286"/>
        <source>Name the bucket.</source>
        <translation>Indique el bucket.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="287"/>
        <source>Name the registry as host:port.</source>
        <translation>Indique el registro como host:port.</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="292"/>
        <source>Type both the access key ID and the secret key (or neither).</source>
        <translation>Escriba tanto el ID de clave de acceso como la clave secreta (o ninguno).</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="293"/>
        <source>Type both the user and the password (or neither).</source>
        <translation>Escriba tanto el usuario como la contraseña (o ninguno).</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="304"/>
        <source>saved in the keychain</source>
        <translation>guardado en el llavero</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoreEditDialog.cpp" line="331"/>
        <source>Listing %1…</source>
        <translation>Listando %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/StoreEditDialog.cpp" line="340"/>
        <source>The store answered: %n archive(s) in %1.</source>
        <translation>
            <numerusform>El almacén respondió: %n archivo en %1.</numerusform>
            <numerusform>El almacén respondió: %n archivos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::StoreOperations</name>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="48"/>
        <source>Putting %1 into %2</source>
        <translation>Guardando %1 en %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/StoreOperations.cpp" line="61"/>
        <source>Delete %1 from the store %2? The archive is gone for everyone who uses this store.</source>
        <translation>
            <numerusform>¿Eliminar %1 del almacén %2? El archivo desaparece para todos los que usan este almacén.</numerusform>
            <numerusform>¿Eliminar %1 del almacén %2? Los archivos desaparecen para todos los que usan este almacén.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="65"/>
        <source>Delete from store</source>
        <translation>Eliminar del almacén</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="71"/>
        <source>Deleting %1 from %2</source>
        <translation>Eliminando %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="86"/>
        <source>Copying %1 from %2 to %3</source>
        <translation>Copiando %1 de %2 a %3</translation>
    </message>
    <message>
        <location filename="../ui/library/StoreOperations.cpp" line="130"/>
        <source>%1 failed</source>
        <translation>Falló %1</translation>
    </message>
</context>
<context>
    <name>fleet::StorePane</name>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="30"/>
        <source>Archives in the store %1</source>
        <translation>Archivos del almacén %1</translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="31"/>
        <source>Drag archives onto a node to push them from the store %1.</source>
        <translation>Arrastre archivos a un nodo para enviarlos desde el almacén %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="41"/>
        <source>Reading the store %1</source>
        <translation>Leyendo el almacén %1</translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="106"/>
        <source>This store holds no archives yet. Right-click an image of this workstation: Put into store.</source>
        <translation>Este almacén aún no contiene archivos. Haga clic derecho en una imagen de este equipo: Guardar en un almacén.</translation>
    </message>
    <message>
        <location filename="../ui/library/StorePane.cpp" line="108"/>
        <source>No archive matches the search.</source>
        <translation>Ningún archivo coincide con la búsqueda.</translation>
    </message>
</context>
<context>
    <name>fleet::StoresSettingsPage</name>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="31"/>
        <source>Stores keep image archives between builds and deployments: a folder, an S3 bucket or a registry. They show in the library beside this workstation&apos;s images. fleetctl uses the same list (fleetctl store …).</source>
        <translation>Los almacenes guardan archivos de imágenes entre construcciones y despliegues: una carpeta, un bucket S3 o un registro. Aparecen en la biblioteca junto a las imágenes de este equipo. fleetctl usa la misma lista (fleetctl store …).</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="39"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="39"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="39"/>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="42"/>
        <source>Configured stores</source>
        <translation>Almacenes configurados</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="44"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="46"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="48"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="50"/>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="52"/>
        <source>List the selected store and say how many archives it holds</source>
        <translation>Listar el almacén seleccionado y decir cuántos archivos contiene</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="117"/>
        <source>new, saved in the keychain with OK</source>
        <translation>nuevas, se guardan en el llavero con Aceptar</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="119"/>
        <source>saved in the keychain</source>
        <translation>guardado en el llavero</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="121"/>
        <source>none (or from the environment)</source>
        <translation>ninguna (o del entorno)</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="148"/>
        <source>Add a store</source>
        <translation>Añadir un almacén</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="148"/>
        <source>Edit the store %1</source>
        <translation>Editar el almacén %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="198"/>
        <source>The credentials of %1 could not be saved in the keychain: %2</source>
        <translation>No se pudieron guardar en el llavero las credenciales de %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="238"/>
        <source>Listing %1…</source>
        <translation>Listando %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="245"/>
        <source>%1 answered: %n archive(s).</source>
        <translation>
            <numerusform>%1 respondió: %n archivo.</numerusform>
            <numerusform>%1 respondió: %n archivos.</numerusform>
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
        <translation>%1: no hay ningún token de agente registrado en este equipo; use Instalar agente.</translation>
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
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="20"/>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="22"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="24"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="26"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="43"/>
        <source>s since the stage started</source>
        <translation>s desde el inicio de la etapa</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="46"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="52"/>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="53"/>
        <source>Bytes per second of each stage over time</source>
        <translation>Bytes por segundo de cada etapa a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="56"/>
        <source>Select a job to see its throughput.</source>
        <translation>Seleccione un trabajo para ver su rendimiento.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ThroughputChart.cpp" line="93"/>
        <source>%1: no bytes moved yet</source>
        <translation>%1: aún no se ha movido ningún byte</translation>
    </message>
</context>
<context>
    <name>fleet::TileActivity</name>
    <message>
        <location filename="../ui/fleet/TileActivity.cpp" line="25"/>
        <source>%1 · queued</source>
        <translation>%1 · en espera</translation>
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
