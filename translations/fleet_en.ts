<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HostKeyTrust</name>
    <message numerus="yes">
        <location filename="../core/actions/HostKeyTrust.cpp" line="59" />
        <source>%1: %n key(s) removed from %2</source>
        <translation><numerusform>%1: %n key removed from %2</numerusform><numerusform>%1: %n keys removed from %2</numerusform></translation>
    </message>
</context>
<context>
    <name>ImageSync</name>
    <message numerus="yes">
        <location filename="../core/actions/ImageSync.cpp" line="71" />
        <source>%1 goes to %n node(s) that lack it: %2</source>
        <translation><numerusform>%1 goes to %n node that lack it: %2</numerusform><numerusform>%1 goes to %n nodes that lack it: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>NodePrune</name>
    <message numerus="yes">
        <location filename="../core/actions/NodePrune.cpp" line="483" />
        <source>%1: %n image(s) could not be removed</source>
        <translation><numerusform>%1: %n image could not be removed</numerusform><numerusform>%1: %n images could not be removed</numerusform></translation>
    </message>
</context>
<context>
    <name>PushPreflight</name>
    <message numerus="yes">
        <location filename="../core/actions/PushPreflight.cpp" line="33" />
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/actions/PushPreflight.cpp" line="49" />
        <source>%1 needs a GPU, but the agent on %2 reports none.</source>
        <translation><numerusform>%1 needs a GPU, but the agent on %2 reports none.</numerusform><numerusform>%1 needs a GPU, but the agent on %2 reports none.</numerusform></translation>
    </message>
</context>
<context>
    <name>SifVerify</name>
    <message numerus="yes">
        <location filename="../core/sif/SifVerify.cpp" line="37" />
        <source> (and %n more)</source>
        <translation><numerusform> (and %n more)</numerusform><numerusform> (and %n more)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sif/SifVerify.cpp" line="318" />
        <source>%1: %n signature(s)</source>
        <translation><numerusform>%1: %n signature</numerusform><numerusform>%1: %n signatures</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::BatchNotifications</name>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="68" />
        <source>%1: failed on %n node(s)</source>
        <translation><numerusform>%1: failed on %n node</numerusform><numerusform>%1: failed on %n nodes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="71" />
        <source>%1: done on %n node(s)</source>
        <translation><numerusform>%1: done on %n node</numerusform><numerusform>%1: done on %n nodes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="78" />
        <source>%n succeeded</source>
        <translation><numerusform>%n succeeded</numerusform><numerusform>%n succeeded</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="80" />
        <source>%n already had it</source>
        <translation><numerusform>%n already had it</numerusform><numerusform>%n already had it</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="82" />
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/BatchNotifications.cpp" line="84" />
        <source>%n cancelled</source>
        <translation><numerusform>%n cancelled</numerusform><numerusform>%n cancelled</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::FleetCountsLabel</name>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="37" />
        <source>%Ln node(s)</source>
        <translation><numerusform>%Ln node</numerusform><numerusform>%Ln nodes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="42" />
        <source>%Ln job(s) running</source>
        <translation><numerusform>%Ln job running</numerusform><numerusform>%Ln jobs running</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/FleetCountsLabel.cpp" line="44" />
        <source>%Ln failed</source>
        <translation><numerusform>%Ln failed</numerusform><numerusform>%Ln failed</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::GroupsDialog</name>
    <message numerus="yes">
        <location filename="../ui/fleet/GroupsDialog.cpp" line="36" />
        <source>Groups of %n node(s)</source>
        <translation><numerusform>Groups of %n node</numerusform><numerusform>Groups of %n nodes</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::HistoryView</name>
    <message numerus="yes">
        <location filename="../ui/history/HistoryView.cpp" line="138" />
        <source>%Ln job(s)</source>
        <translation><numerusform>%Ln job</numerusform><numerusform>%Ln jobs</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::InventoryView</name>
    <message numerus="yes">
        <location filename="../ui/inventory/InventoryView.cpp" line="139" />
        <source>%n push(es) started; the columns refresh as each one succeeds.</source>
        <translation><numerusform>%n push started; the columns refresh as each one succeeds.</numerusform><numerusform>%n pushes started; the columns refresh as each one succeeds.</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::JobsTrayIcon</name>
    <message numerus="yes">
        <location filename="../ui/shell/JobsTrayIcon.cpp" line="51" />
        <source>Fleet Commander: %n job(s) running</source>
        <translation><numerusform>Fleet Commander: %n job running</numerusform><numerusform>Fleet Commander: %n jobs running</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/JobsTrayIcon.cpp" line="54" />
        <source>%n job(s) failed</source>
        <translation><numerusform>%n job failed</numerusform><numerusform>%n jobs failed</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="113" />
        <source>%n job(s) written to %1.</source>
        <translation><numerusform>%n job written to %1.</numerusform><numerusform>%n jobs written to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::NodeDetailDialog</name>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeDetailDialog.cpp" line="245" />
        <source>%n container(s)</source>
        <translation><numerusform>%n container</numerusform><numerusform>%n containers</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::NodeTileDelegate</name>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="111" />
        <source>%n running</source>
        <translation><numerusform>%n running</numerusform><numerusform>%n running</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/NodeTileDelegate.cpp" line="238" />
        <source>Push to %n node(s)</source>
        <translation><numerusform>Push to %n node</numerusform><numerusform>Push to %n nodes</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::NodesPanel</name>
    <message numerus="yes">
        <location filename="../ui/fleet/NodesPanel.cpp" line="165" />
        <source>No node matches the filter. Clear the filter to see all %n node(s).</source>
        <translation><numerusform>No node matches the filter. Clear the filter to see the %n node.</numerusform><numerusform>No node matches the filter. Clear the filter to see all %n nodes.</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::PruneDialog</name>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="118" />
        <source>%1 — %n image(s), up to %2</source>
        <translation><numerusform>%1 — %n image, up to %2</numerusform><numerusform>%1 — %n images, up to %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="175" />
        <source>Removed %n image(s), %1 freed.</source>
        <translation><numerusform>Removed %n image, %1 freed.</numerusform><numerusform>Removed %n images, %1 freed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/PruneDialog.cpp" line="176" />
        <source>%n could not be removed.</source>
        <translation><numerusform>%n could not be removed.</numerusform><numerusform>%n could not be removed.</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::PushConfirmPopover</name>
    <message numerus="yes">
        <location filename="../ui/fleet/PushConfirmPopover.cpp" line="117" />
        <source>%n node(s)</source>
        <translation><numerusform>%n node</numerusform><numerusform>%n nodes</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::SifPane</name>
    <message numerus="yes">
        <location filename="../ui/sif/SifPane.cpp" line="156" />
        <source>%n file(s) flagged: they are never synced.</source>
        <translation><numerusform>%n file flagged: they are never synced.</numerusform><numerusform>%n files flagged: they are never synced.</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::StoreEditDialog</name>
    <message numerus="yes">
        <location filename="../ui/shell/StoreEditDialog.cpp" line="340" />
        <source>The store answered: %n archive(s) in %1.</source>
        <translation><numerusform>The store answered: %n archive in %1.</numerusform><numerusform>The store answered: %n archives in %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::StoreOperations</name>
    <message numerus="yes">
        <location filename="../ui/library/StoreOperations.cpp" line="61" />
        <source>Delete %1 from the store %2? The archive is gone for everyone who uses this store.</source>
        <translation><numerusform>Delete %1 from the store %2? The archive is gone for everyone who uses this store.</numerusform><numerusform>Delete %1 from the store %2? The archive is gone for everyone who uses this store.</numerusform></translation>
    </message>
</context>
<context>
    <name>fleet::StoresSettingsPage</name>
    <message numerus="yes">
        <location filename="../ui/shell/StoresSettingsPage.cpp" line="245" />
        <source>%1 answered: %n archive(s).</source>
        <translation><numerusform>%1 answered: %n archive.</numerusform><numerusform>%1 answered: %n archives.</numerusform></translation>
    </message>
</context>
</TS>