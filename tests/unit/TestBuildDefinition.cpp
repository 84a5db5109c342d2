#include "images/BuildDefinition.h"
#include "images/Dockerfile.h"
#include "images/RequirementsFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

class TestBuildDefinition final : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    static QByteArray goodJson()
    {
        return R"({"name": "tools/hello", "display_name": "Hello", "description": "Says hello",
                   "category": "demo", "tags": ["shell", "demo"], "version": "1.2.3", "gpu_required": false,
                   "cpu_limit": 0.5, "mem_limit": "64m", "platform": "linux/amd64"})";
    }
    static QSet<QString> fields(const BuildDefinition &d)
    {
        QSet<QString> set;
        for (const DefinitionProblem &p : d.problems())
            set.insert(p.field);
        return set;
    }

private Q_SLOTS:
    void goodDefinitionLoads()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("Dockerfile")), "FROM scratch\nCOPY busybox /bin/busybox\n");
        write(dir.filePath(QStringLiteral("image.json")), goodJson());
        write(dir.filePath(QStringLiteral("requirements.txt")), "# pinned\nnumpy==1.26.4\nrequests[socks]==2.31.0 "
                                                                 "# http\nattrs==23.1.0 ; python_version >= '3.8'\n");
        const BuildDefinition d = BuildDefinition::load(dir.path());
        QVERIFY2(d.isValid(), qPrintable(d.problemsText()));
        const ImageMetadata &m = d.metadata();
        QCOMPARE(m.name, QStringLiteral("tools/hello"));
        QCOMPARE(m.displayName, QStringLiteral("Hello"));
        QCOMPARE(m.tags, QStringList({QStringLiteral("shell"), QStringLiteral("demo")}));
        QCOMPARE(m.cpuLimit, 0.5);
        QCOMPARE(m.memLimitBytes, qint64(64) << 20);
        QCOMPARE(d.requirements(), QStringList({QStringLiteral("numpy==1.26.4"), QStringLiteral("requests[socks]==2.31.0"),
                                                QStringLiteral("attrs==23.1.0")}));
        QCOMPARE(d.reference().toString(), QStringLiteral("docker.io/tools/hello:1.2.3"));
        QCOMPARE(d.reference(QStringLiteral("1.2.4")).toString(), QStringLiteral("docker.io/tools/hello:1.2.4"));
        QCOMPARE(d.reference(QStringLiteral("localhost:5000/x/y:2.0.0")).toString(),
                 QStringLiteral("localhost:5000/x/y:2.0.0"));
        QCOMPARE(m.labels().value(QStringLiteral("org.opencontainers.image.version")), QStringLiteral("1.2.3"));
        QCOMPARE(m.labels().value(QStringLiteral("io.fleetcommander.category")), QStringLiteral("demo"));
        // The catalog form reads back to the same metadata.
        QList<DefinitionProblem> problems;
        const ImageMetadata again = ImageMetadata::fromJson(QJsonDocument(m.toJson()).toJson(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(DefinitionProblem::join(problems)));
        QCOMPARE(again.toJson(), m.toJson());
    }

    void everyBadFieldIsNamed()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("Dockerfile")), "FROM scratch\n");
        write(dir.filePath(QStringLiteral("image.json")),
              R"({"name": "Tools/Hello:1.0", "display_name": "", "description": 42, "category": [],
                  "tags": ["ok", 7], "version": "1.0", "gpu_required": "yes", "cpu_limit": -1,
                  "mem_limit": "lots", "platform": "amd64", "gpu_requierd": true})");
        const BuildDefinition d = BuildDefinition::load(dir.path());
        QVERIFY(!d.isValid());
        const QSet<QString> expected{"name", "display_name", "description", "category", "tags", "version",
                                     "gpu_required", "cpu_limit", "mem_limit", "platform", "gpu_requierd"};
        QCOMPARE(fields(d), expected);
        QCOMPARE(d.problems().size(), expected.size()); // one problem per field, nothing else
        const QString text = d.problemsText();
        // Each message says what was expected and what was found.
        QVERIFY2(text.contains(QStringLiteral("image.json: version: expected a semantic version")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("found \"1.0\"")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("gpu_required: expected true or false, found \"yes\"")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("cpu_limit: expected a number of CPUs above 0 (e.g. 2 or 0.5), found -1")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("description: expected a non-empty string, found 42")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("gpu_requierd: expected one of the known fields")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("uppercase")), qPrintable(text)); // the name's reason
    }

    void hugeMemoryLimitIsRefused()
    {
        // Found by FuzzImageMetadata: llround of 8e152 is undefined; it came back negative and "valid".
        bool ok = true;
        QCOMPARE(ImageMetadata::parseMemory(QString(152, QLatin1Char('8')), &ok), Q_INT64_C(0));
        QVERIFY(!ok);
        QCOMPARE(ImageMetadata::parseMemory(QStringLiteral("99999999999999999999g"), &ok), Q_INT64_C(0));
        QVERIFY(!ok);
        QCOMPARE(ImageMetadata::parseMemory(QStringLiteral("2g"), &ok), Q_INT64_C(2) << 30);
        QVERIFY(ok);
    }

    void missingFieldsAreNamed()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("Dockerfile")), "FROM scratch\n");
        write(dir.filePath(QStringLiteral("image.json")), "{}");
        const BuildDefinition d = BuildDefinition::load(dir.path());
        QCOMPARE(fields(d), QSet<QString>({"name", "display_name", "description", "category", "version"}));
        QVERIFY(d.problemsText().contains(QStringLiteral("found nothing (the field is missing)")));
    }

    void missingFilesAreReported()
    {
        QTemporaryDir dir;
        const BuildDefinition d = BuildDefinition::load(dir.path());
        QCOMPARE(d.problems().size(), 2);
        QCOMPARE(d.problems().at(0).file, QStringLiteral("Dockerfile"));
        QCOMPARE(d.problems().at(1).file, QStringLiteral("image.json"));
        QVERIFY2(d.problemsText().contains(dir.path()), qPrintable(d.problemsText()));

        const BuildDefinition nothing = BuildDefinition::load(dir.filePath(QStringLiteral("absent")));
        QVERIFY(!nothing.isValid());
        QVERIFY(nothing.problemsText().contains(QStringLiteral("nothing at that path")));
    }

    void brokenJsonAndEmptyDockerfile()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("Dockerfile")), "# only a comment\n");
        write(dir.filePath(QStringLiteral("image.json")), "{\"name\": \"x\",");
        const BuildDefinition d = BuildDefinition::load(dir.path());
        QCOMPARE(d.problems().size(), 2);
        QVERIFY2(d.problemsText().contains(QStringLiteral("expected at least one FROM")), qPrintable(d.problemsText()));
        QVERIFY2(d.problemsText().contains(QStringLiteral("invalid JSON at byte")), qPrintable(d.problemsText()));
    }

    void unpinnedRequirementsAreFlaggedWithLines()
    {
        QList<DefinitionProblem> problems;
        const QStringList pins = RequirementsFile::check("numpy==1.26.4\n\n# comment\nrequests>=2.0\nflask\n"
                                                         "django==4.*\n-r other.txt\ntorch~=2.1\n"
                                                         "pkg @ https://x/y.whl\nok_pkg==0.1 --hash=sha256:ab\n",
                                                         &problems);
        QCOMPARE(pins, QStringList({QStringLiteral("numpy==1.26.4"), QStringLiteral("ok_pkg==0.1")}));
        QList<int> lines;
        for (const DefinitionProblem &p : problems)
            lines << p.line;
        QCOMPARE(lines, QList<int>({4, 5, 6, 7, 8, 9}));
        const QString text = DefinitionProblem::join(problems);
        QVERIFY2(text.contains(QStringLiteral("requirements.txt line 4: expected an exact pin such as numpy==1.26.4, "
                                              "found \"requests>=2.0\" (a version range")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\"flask\" (no version at all)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("wildcard")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("pip option")), qPrintable(text));
    }

    void dockerfileBaseImages()
    {
        const Dockerfile f = Dockerfile::parse("# syntax comment\nARG REGISTRY=localhost:5000\nARG BASE_TAG\n"
                                               "FROM ${REGISTRY}/base:${BASE_TAG:-1.0.0} AS build\n"
                                               "RUN make \\\n  # inner comment\n  all\n"
                                               "from --platform=linux/amd64 ubuntu\nFROM build\nFROM scratch\n"
                                               "FROM $MISSING/x:1.0.0\n");
        QCOMPARE(f.instructions().at(2).keyword, QStringLiteral("FROM"));
        QCOMPARE(f.instructions().at(3).arguments, QStringLiteral("make  all"));
        QCOMPARE(f.instructions().at(3).line, 5);
        const QList<Dockerfile::BaseImage> bases = f.baseImages();
        QCOMPARE(bases.size(), 3); // `build` is a stage, scratch is nothing
        QCOMPARE(bases.at(0).resolved, QStringLiteral("localhost:5000/base:1.0.0"));
        QCOMPARE(bases.at(0).line, 4);
        QCOMPARE(bases.at(1).resolved, QStringLiteral("ubuntu"));
        QCOMPARE(bases.at(1).line, 8);
        QCOMPARE(bases.at(2).missingVariable, QStringLiteral("MISSING"));
        const QList<Dockerfile::BaseImage> overridden =
            f.baseImages({{QStringLiteral("REGISTRY"), QStringLiteral("ghcr.io/org")},
                          {QStringLiteral("BASE_TAG"), QStringLiteral("2.0.0")}});
        QCOMPARE(overridden.at(0).resolved, QStringLiteral("ghcr.io/org/base:2.0.0"));
    }

    void findsDefinitionsInAFolder()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("b/Dockerfile")), "FROM scratch\n");
        write(dir.filePath(QStringLiteral("a/image.json")), "{}");
        write(dir.filePath(QStringLiteral("c/README")), "not a definition");
        const QStringList found = BuildDefinition::findDefinitions(dir.path());
        QCOMPARE(found, QStringList({dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))}));
    }
};

QTEST_GUILESS_MAIN(TestBuildDefinition)
#include "TestBuildDefinition.moc"
