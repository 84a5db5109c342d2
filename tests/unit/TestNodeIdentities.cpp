#include "actions/NodeIdentities.h"
#include "history/HistoryStore.h"
#include "model/Node.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// A node's own SSH key, else its group's (first by name), kept in the settings as a path; the lookup the
// desktop hands every SSH connection reads the groups from the history only when a group has a key.
class TestNodeIdentities final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_keyA, m_keyB, m_keyC;

    QString makeKey(const char *name)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("-----BEGIN OPENSSH PRIVATE KEY-----\n");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("FleetCommanderTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
        m_keyA = makeKey("id_a");
        m_keyB = makeKey("id_b");
        m_keyC = makeKey("id_c");
        QVERIFY(!m_keyA.isEmpty() && !m_keyB.isEmpty() && !m_keyC.isEmpty());
    }

    void aNodesOwnKeyWinsOverItsGroups()
    {
        QVERIFY(NodeIdentities::setForGroup(QStringLiteral("site-2"), m_keyB));
        QVERIFY(NodeIdentities::setForGroup(QStringLiteral("gpu"), m_keyC));
        NodeIdentities::Effective effective =
            NodeIdentities::resolve(QStringLiteral("127.0.90.11"), {QStringLiteral("site-2"), QStringLiteral("gpu")});
        QCOMPARE(effective.path, m_keyC); // "gpu" comes first by name
        QCOMPARE(effective.group, QStringLiteral("gpu"));
        QVERIFY(NodeIdentities::setForNode(QStringLiteral("127.0.90.11"), m_keyA));
        effective = NodeIdentities::resolve(QStringLiteral("127.0.90.11"), {QStringLiteral("gpu")});
        QCOMPARE(effective.path, m_keyA);
        QVERIFY(effective.group.isEmpty());
        QVERIFY(!NodeIdentities::resolve(QStringLiteral("127.0.90.12"), {}).isSet());
        // Cleared with an empty path.
        QVERIFY(NodeIdentities::setForNode(QStringLiteral("127.0.90.11"), {}));
        QCOMPARE(NodeIdentities::forNode(QStringLiteral("127.0.90.11")), QString());
        QVERIFY(NodeIdentities::setForGroup(QStringLiteral("site-2"), {}));
        QVERIFY(NodeIdentities::setForGroup(QStringLiteral("gpu"), {}));
        QVERIFY(!NodeIdentities::anyGroupIdentity());
    }

    void aPathThatIsNoFileIsRefused()
    {
        QString error;
        QVERIFY(!NodeIdentities::setForNode(QStringLiteral("127.0.90.11"), m_dir.filePath(QStringLiteral("none")),
                                            &error));
        QVERIFY2(error.contains(QStringLiteral("not a readable key file")), qPrintable(error));
        QVERIFY(!NodeIdentities::setForNode(QStringLiteral("127.0.90.11"), m_dir.path(), &error)); // a folder
        QCOMPARE(NodeIdentities::forNode(QStringLiteral("127.0.90.11")), QString());
    }

    void theLookupReadsGroupsFromTheHistory()
    {
        const QString db = m_dir.filePath(QStringLiteral("history.db"));
        {
            HistoryStore store;
            QVERIFY(store.open(db));
            Node node;
            node.address = QStringLiteral("127.0.90.13");
            node.state = NodeState::Online;
            QVERIFY(store.upsertNode(node));
            QVERIFY(store.addToGroup(QStringLiteral("lab"), {QStringLiteral("127.0.90.13")}));
        }
        const auto lookup = NodeIdentities::lookup(db);
        QCOMPARE(lookup(QStringLiteral("127.0.90.13")), QString()); // no key anywhere yet
        QVERIFY(NodeIdentities::setForGroup(QStringLiteral("lab"), m_keyB));
        QCOMPARE(lookup(QStringLiteral("127.0.90.13")), m_keyB);
        QCOMPARE(lookup(QStringLiteral("127.0.90.14")), QString()); // not in the group
        QVERIFY(NodeIdentities::setForNode(QStringLiteral("127.0.90.14"), m_keyA));
        QCOMPARE(lookup(QStringLiteral("127.0.90.14")), m_keyA);
        QCOMPARE(NodeIdentities::lookup({})(QStringLiteral("127.0.90.13")), QString()); // no history: no groups
    }
};

QTEST_GUILESS_MAIN(TestNodeIdentities)
#include "TestNodeIdentities.moc"
