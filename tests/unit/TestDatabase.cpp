#include "history/Database.h"
#include "history/Migrations.h"
#include "history/Statement.h"
#include "history/Transaction.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// The SQLite wrapper on real files: schema migrations, transactions, and the failures a person meets (a damaged
// file, a read-only file, a full disk, a file from a newer release), each with a message naming cause and fix.
class TestDatabase final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    // Takes schema steps 7, 8 and 9 away again, so a test can make a file of an older version from a current one
    // (the steps above 6 only add tables).
    static bool dropGroupTables(Database &db)
    {
        return dropSampleTable(db) && db.exec("DROP TABLE node_groups") && db.exec("DROP TABLE group_images");
    }
    static bool dropSampleTable(Database &db) { return dropProbeTable(db) && db.exec("DROP TABLE stage_samples"); }
    static bool dropProbeTable(Database &db) { return db.exec("DROP TABLE node_probes"); }

    static QStringList tables(Database &db)
    {
        QStringList names;
        Statement s(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (s.step() == Statement::Step::Row)
            names << s.columnText(0);
        return names;
    }

    static void writeFile(const QString &file, const QByteArray &bytes, qint64 offset = 0)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(offset));
        QCOMPARE(f.write(bytes), bytes.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void migratesFromEmptyFile()
    {
        Database db;
        const QString file = m_dir.filePath(QStringLiteral("new/sub/dir/history.db")); // parents are created
        QVERIFY2(db.open(file), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(file));
        QCOMPARE(Migrations::currentVersion(db), 0);
        QVERIFY2(Migrations::apply(db), qPrintable(db.errorString()));
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QVERIFY(Migrations::latestVersion() >= 1);
        const QStringList names = tables(db);
        for (const char *table : {"nodes", "scans", "batches", "jobs", "stages", "events", "node_probes"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
        // The connection settings every open applies.
        Statement mode(db, "PRAGMA journal_mode");
        QCOMPARE(mode.step(), Statement::Step::Row);
        QCOMPARE(mode.columnText(0), QStringLiteral("wal"));
        QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
        QCOMPARE(db.queryInt("PRAGMA synchronous"), 1); // NORMAL
        QCOMPARE(db.queryInt("PRAGMA busy_timeout"), qint64(Database::kBusyTimeoutMs));
    }

    void step3RecordsTheSourceKindOfOlderJobs()
    {
        // A file of schema 2 (made here from a current one by taking the column away again) gets the source kind
        // from what its rows say: an archive path means an archive, anything else an engine image.
        Database db;
        QVERIFY(db.open(path("v2.db")));
        QVERIFY(Migrations::apply(db));
        QVERIFY(dropGroupTables(db));
        QVERIFY(db.exec("ALTER TABLE jobs DROP COLUMN failure") && db.exec("ALTER TABLE jobs DROP COLUMN action") && db.exec("ALTER TABLE jobs DROP COLUMN store_url")
                && db.exec("ALTER TABLE jobs DROP COLUMN delivery") && db.exec("ALTER TABLE jobs DROP COLUMN source_kind") && db.exec("PRAGMA user_version = 2"));
        QVERIFY(db.exec("INSERT INTO batches (id, created_at) VALUES (1, 0)"));
        QVERIFY(db.exec("INSERT INTO jobs (batch_id, image, archive_path, node, mode, state, created_at) VALUES "
                        "(1, 'app:v1.tar', '', 'n1', 'stream', 'succeeded', 0), "
                        "(1, '', '/srv/app.tar', 'n1', 'scp', 'succeeded', 0)"));
        QVERIFY2(Migrations::apply(db), qPrintable(db.errorString()));
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        Statement s(db, "SELECT source_kind FROM jobs ORDER BY id");
        QCOMPARE(s.step(), Statement::Step::Row);
        QCOMPARE(s.columnText(0), QStringLiteral("image"));
        QCOMPARE(s.step(), Statement::Step::Row);
        QCOMPARE(s.columnText(0), QStringLiteral("archive"));
    }

    void steps4And5GiveOlderJobsNoStoreAndPush()
    {
        // A file of schema 3: its jobs came from the engine or a file, so no store and no delivery path.
        Database db;
        QVERIFY(db.open(path("v3.db")));
        QVERIFY(Migrations::apply(db));
        QVERIFY(dropGroupTables(db));
        QVERIFY(db.exec("ALTER TABLE jobs DROP COLUMN failure") && db.exec("ALTER TABLE jobs DROP COLUMN action") && db.exec("ALTER TABLE jobs DROP COLUMN store_url")
                && db.exec("ALTER TABLE jobs DROP COLUMN delivery") && db.exec("PRAGMA user_version = 3"));
        QVERIFY(db.exec("INSERT INTO batches (id, created_at) VALUES (1, 0)"));
        QVERIFY(db.exec("INSERT INTO jobs (batch_id, image, archive_path, node, mode, state, created_at, source_kind) "
                        "VALUES (1, 'app:1.0', '', 'n1', 'stream', 'succeeded', 0, 'image')"));
        QVERIFY2(Migrations::apply(db), qPrintable(db.errorString()));
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        Statement s(db, "SELECT source_kind, store_url, delivery, action FROM jobs");
        QCOMPARE(s.step(), Statement::Step::Row);
        QCOMPARE(s.columnText(0), QStringLiteral("image"));
        QCOMPARE(s.columnText(1), QString());
        QCOMPARE(s.columnText(2), QString());
        QCOMPARE(s.columnText(3), QStringLiteral("push")); // step 5: every older job was a push
    }

    void step6GivesOlderJobsNoFailureKind()
    {
        // A file of schema 5: its failed jobs keep their message; the kind is unknown (empty), not guessed.
        Database db;
        QVERIFY(db.open(path("v5.db")));
        QVERIFY(Migrations::apply(db));
        QVERIFY(dropGroupTables(db) && db.exec("ALTER TABLE jobs DROP COLUMN failure")
                && db.exec("PRAGMA user_version = 5"));
        QVERIFY(db.exec("INSERT INTO batches (id, created_at) VALUES (1, 0)"));
        QVERIFY(db.exec("INSERT INTO jobs (batch_id, image, archive_path, node, mode, state, created_at, error) "
                        "VALUES (1, 'app:1.0', '', 'n1', 'stream', 'failed', 0, 'n1: connection refused')"));
        QVERIFY2(Migrations::apply(db), qPrintable(db.errorString()));
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        Statement s(db, "SELECT failure, error FROM jobs");
        QCOMPARE(s.step(), Statement::Step::Row);
        QCOMPARE(s.columnText(0), QString());
        QCOMPARE(s.columnText(1), QStringLiteral("n1: connection refused"));
    }

    void step7AddsEmptyGroupTables()
    {
        // A file of schema 6 gets the node groups and the groups' wanted images, empty; its jobs are untouched.
        Database db;
        QVERIFY(db.open(path("v6.db")));
        QVERIFY(Migrations::apply(db));
        QVERIFY(dropGroupTables(db) && db.exec("PRAGMA user_version = 6"));
        QVERIFY2(Migrations::apply(db), qPrintable(db.errorString()));
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QCOMPARE(db.queryInt("SELECT count(*) FROM node_groups"), 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM group_images"), 0);
        QVERIFY(db.exec("INSERT INTO node_groups (node, grp) VALUES ('N1', 'gpu')"));
        QVERIFY(!db.exec("INSERT INTO node_groups (node, grp) VALUES ('n1', 'GPU')")); // one row per node and group
    }

    void step8AddsStageSamplesDeletedWithTheirStage()
    {
        // A file of schema 7 gets an empty sample table; its stages are untouched; samples go with their stage.
        Database db;
        QVERIFY(db.open(path("v7.db")));
        QVERIFY(Migrations::apply(db));
        QVERIFY(dropSampleTable(db) && db.exec("PRAGMA user_version = 7")); // (and step 9's table)
        QVERIFY(db.exec("INSERT INTO batches (id, created_at) VALUES (1, 0)"));
        QVERIFY(db.exec("INSERT INTO jobs (id, batch_id, image, node, mode, state, created_at) VALUES "
                        "(1, 1, 'app:1', 'n1', 'stream', 'succeeded', 0)"));
        QVERIFY(db.exec("INSERT INTO stages (id, job_id, kind, state, bytes_done, started_at) VALUES "
                        "(1, 1, 'transfer', 'succeeded', 4000, 0)"));
        QVERIFY2(Migrations::apply(db), qPrintable(db.errorString()));
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QVERIFY(tables(db).contains(QStringLiteral("stage_samples")));
        QCOMPARE(db.queryInt("SELECT count(*) FROM stage_samples"), 0);
        QCOMPARE(db.queryInt("SELECT bytes_done FROM stages WHERE id = 1"), 4000);
        QVERIFY(db.exec("INSERT INTO stage_samples (stage_id, elapsed_ms, bytes_done) VALUES (1, 1000, 1500), "
                        "(1, 2000, 4000)"));
        QVERIFY(!db.exec("INSERT INTO stage_samples (stage_id, elapsed_ms, bytes_done) VALUES (1, 1000, 9)"));
        QVERIFY(!db.exec("INSERT INTO stage_samples (stage_id, elapsed_ms, bytes_done) VALUES (99, 1, 1)")); // no stage
        QVERIFY(db.exec("DELETE FROM jobs WHERE id = 1"));
        QCOMPARE(db.queryInt("SELECT count(*) FROM stage_samples"), 0);
    }

    void step9AddsAnEmptyProbeTable()
    {
        // A file of schema 8 gets the node probes' table, empty; its groups are untouched.
        Database db;
        QVERIFY(db.open(path("v8.db")));
        QVERIFY(Migrations::apply(db));
        QVERIFY(db.exec("INSERT INTO node_groups (node, grp) VALUES ('n1', 'gpu')"));
        QVERIFY(dropProbeTable(db) && db.exec("PRAGMA user_version = 8"));
        QVERIFY2(Migrations::apply(db), qPrintable(db.errorString()));
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QCOMPARE(Migrations::latestVersion(), 9);
        QCOMPARE(db.queryInt("SELECT count(*) FROM node_probes"), 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM node_groups"), 1);
        QVERIFY(db.exec("INSERT INTO node_probes (node, probed_at, facts) VALUES ('N1', 1, '{}')"));
        QVERIFY(!db.exec("INSERT INTO node_probes (node, probed_at, facts) VALUES ('n1', 2, '{}')")); // one per node
    }

    void reopenIsIdempotent()
    {
        const QString file = path("reopen.db");
        {
            Database db;
            QVERIFY(db.open(file));
            QVERIFY(Migrations::apply(db));
            QVERIFY2(db.exec("INSERT INTO batches (created_at) VALUES (42)"), qPrintable(db.errorString()));
        }
        for (int round = 0; round < 2; ++round) {
            Database db;
            QVERIFY2(db.open(file), qPrintable(db.errorString()));
            QVERIFY2(Migrations::apply(db), qPrintable(db.errorString()));
            QVERIFY(Migrations::apply(db));
            QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
            QCOMPARE(db.queryInt("SELECT count(*) FROM batches WHERE created_at = 42"), 1);
            QVERIFY(db.error().ok());
        }
    }

    void newerSchemaIsRefused()
    {
        const QString file = path("newer.db");
        const int future = Migrations::latestVersion() + 5;
        {
            Database db;
            QVERIFY(db.open(file));
            QVERIFY(db.exec("PRAGMA user_version = " + QByteArray::number(future)));
        }
        Database db;
        QVERIFY(db.open(file));
        QVERIFY(!Migrations::apply(db));
        QCOMPARE(db.error().kind, DbError::TooNew);
        const QString message = db.errorString();
        QVERIFY2(message.contains(file), qPrintable(message));
        QVERIFY2(message.contains(QString::number(future)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("newer")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Update Fleet Commander")), qPrintable(message));
        // Untouched: no tables were created, the version is as it was.
        QCOMPARE(Migrations::currentVersion(db), future);
        QVERIFY(tables(db).isEmpty());
        QVERIFY(!Migrations::checkCurrent(db));
        QCOMPARE(db.error().kind, DbError::TooNew);
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db;
        QVERIFY(db.open(path("tx.db")));
        QVERIFY(db.exec("CREATE TABLE t (v INTEGER NOT NULL UNIQUE)"));
        {
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QVERIFY(db.exec("INSERT INTO t VALUES (1)"));
            QVERIFY(!db.exec("INSERT INTO t VALUES (1)")); // UNIQUE violated: the caller returns early
            QVERIFY(db.errorString().contains(QLatin1String("UNIQUE")));
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 0);
        {
            Transaction tx(db);
            QVERIFY(db.exec("INSERT INTO t VALUES (2)"));
            {
                Transaction inner(db); // a savepoint inside the outer transaction
                QVERIFY(inner.isActive());
                QVERIFY(db.exec("INSERT INTO t VALUES (3)"));
            } // rolled back alone
            QVERIFY(tx.commit());
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 1);
        QCOMPARE(db.queryInt("SELECT sum(v) FROM t"), 2);
        Transaction again(db);
        QVERIFY(again.commit());
        QVERIFY(!again.commit());
    }

    void statementRoundTripsValues()
    {
        Database db;
        QVERIFY(db.open(path("values.db")));
        QVERIFY(db.exec("CREATE TABLE v (i INTEGER, d REAL, s TEXT, b BLOB, n TEXT)"));
        const QByteArray blob("a\0b\xff", 4);
        const QString text = QStringLiteral("grüße 'quoted' %_");
        Statement insert(db, "INSERT INTO v VALUES (?1, ?2, ?3, ?4, ?5)");
        insert.bind(1, Q_INT64_C(9007199254740993)).bind(2, 2.5).bind(3, text).bind(4, blob).bind(5, nullptr);
        QVERIFY2(insert.run(), qPrintable(db.errorString()));
        Statement select(db, "SELECT i, d, s, b, n FROM v");
        QCOMPARE(select.step(), Statement::Step::Row);
        QCOMPARE(select.columnCount(), 5);
        QCOMPARE(select.columnInt64(0), Q_INT64_C(9007199254740993));
        QCOMPARE(select.columnDouble(1), 2.5);
        QCOMPARE(select.columnText(2), text);
        QCOMPARE(select.columnBlob(3), blob);
        QVERIFY(select.isNull(4));
        QVERIFY(!select.isNull(0));
        QCOMPARE(select.step(), Statement::Step::Done);
        select.reset();
        QCOMPARE(select.step(), Statement::Step::Row);

        Statement broken(db, "SELECT * FROM no_such_table");
        QVERIFY(!broken.isValid());
        QCOMPARE(broken.step(), Statement::Step::Error);
        QVERIFY2(db.errorString().contains(QLatin1String("no such table: no_such_table")),
                 qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(path("values.db")));
    }

    void garbageFileIsReportedAsDamaged()
    {
        const QString file = path("garbage.db");
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage += char((i * 7919 + 13) % 251);
        writeFile(file, garbage);
        Database db;
        QVERIFY(!db.open(file));
        QVERIFY(!db.isOpen());
        QCOMPARE(db.error().kind, DbError::Corrupt);
        const QString message = db.errorString();
        QVERIFY2(message.contains(file), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("file is not a database")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("mv '") + file), qPrintable(message));
        QCOMPARE(QFile(file).size(), qint64(garbage.size())); // left as it was for the person to inspect
    }

    void damagedPagesAreReportedOnRead()
    {
        const QString file = path("damaged.db");
        {
            Database db;
            QVERIFY(db.open(file));
            QVERIFY(db.exec("PRAGMA journal_mode=DELETE; CREATE TABLE t (v TEXT);"
                            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000) "
                            "INSERT INTO t SELECT printf('row %d %.100c', x, 'x') FROM c;"));
        }
        writeFile(file, QByteArray(16384, '\x5a'), 4096); // pages 2… overwritten, header intact
        Database db;
        bool failed = !db.open(file);
        if (!failed)
            failed = db.queryInt("SELECT count(*) FROM t") < 0;
        QVERIFY(failed);
        QCOMPARE(db.error().kind, DbError::Corrupt);
        QVERIFY2(db.errorString().contains(QLatin1String("malformed")), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(QLatin1String("Move it aside")));
    }

    void readOnlyFileIsReported()
    {
        const QString file = path("readonly.db");
        {
            Database db;
            QVERIFY(db.open(file));
            QVERIFY(Migrations::apply(db));
            QVERIFY(db.exec("INSERT INTO batches (created_at) VALUES (7)"));
        }
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        Database writer;
        QVERIFY(!writer.open(file));
        QCOMPARE(writer.error().kind, DbError::ReadOnly);
        QVERIFY2(writer.errorString().contains(QLatin1String("read-only")), qPrintable(writer.errorString()));
        QVERIFY2(writer.errorString().contains(QLatin1String("chmod u+w '") + file), qPrintable(writer.errorString()));

        // Reading still works, and a write through a read-only connection says why it failed.
        Database reader;
        QVERIFY2(reader.open(file, Database::OpenMode::ReadOnly), qPrintable(reader.errorString()));
        QVERIFY(Migrations::checkCurrent(reader));
        QCOMPARE(reader.queryInt("SELECT created_at FROM batches"), 7);
        QVERIFY(!reader.exec("INSERT INTO batches (created_at) VALUES (8)"));
        QCOMPARE(reader.error().kind, DbError::ReadOnly);
        QVERIFY2(reader.errorString().contains(file), qPrintable(reader.errorString()));
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(writer.open(file));
    }

    void fullDiskIsReported()
    {
        Database db;
        QVERIFY(db.open(path("full.db")));
        QVERIFY(db.exec("CREATE TABLE t (b BLOB)"));
        // A page limit makes SQLite answer exactly as it does on a full disk (SQLITE_FULL).
        QVERIFY(db.exec("PRAGMA max_page_count = 40"));
        Statement insert(db, "INSERT INTO t VALUES (?1)");
        bool full = false;
        for (int i = 0; i < 100 && !full; ++i) {
            insert.reset();
            insert.bind(1, QByteArray(4096, 'x'));
            full = !insert.run();
        }
        QVERIFY(full);
        QCOMPARE(db.error().kind, DbError::Full);
        QVERIFY2(db.errorString().contains(QLatin1String("full")), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(QLatin1String("free some space")));
        QVERIFY(db.queryInt("SELECT count(*) FROM t") > 0); // what was written before is kept
    }

    void readOnlyOpenOfMissingFileFails()
    {
        Database db;
        QVERIFY(!db.open(path("missing.db"), Database::OpenMode::ReadOnly));
        QCOMPARE(db.error().kind, DbError::CantOpen);
        QVERIFY(!QFile::exists(path("missing.db")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
