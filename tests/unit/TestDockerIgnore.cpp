#include "images/DockerIgnore.h"

#include <QTest>

using fleet::DockerIgnore;

// Cases follow moby/patternmatcher's semantics (the .dockerignore the Docker CLI applies).
class TestDockerIgnore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("patterns");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("excluded");

        QTest::newRow("plain file") << "secret.txt" << "secret.txt" << true;
        QTest::newRow("other file") << "secret.txt" << "public.txt" << false;
        QTest::newRow("star one level") << "*.log" << "build.log" << true;
        QTest::newRow("star not deeper") << "*.log" << "logs/build.log" << false;
        QTest::newRow("star in folder") << "*/*.log" << "logs/build.log" << true;
        QTest::newRow("double star any depth") << "**/*.log" << "a/b/c/build.log" << true;
        QTest::newRow("double star zero depth") << "**/*.log" << "build.log" << true;
        QTest::newRow("double star middle") << "src/**/test" << "src/a/b/test" << true;
        QTest::newRow("double star middle zero") << "src/**/test" << "src/test" << true;
        QTest::newRow("double star end") << "cache/**" << "cache/x/y" << true;
        QTest::newRow("question mark") << "file?.txt" << "file1.txt" << true;
        QTest::newRow("question not slash") << "a?b" << "a/b" << false;
        QTest::newRow("class") << "file[0-9].txt" << "file7.txt" << true;
        QTest::newRow("class miss") << "file[0-9].txt" << "filex.txt" << false;
        QTest::newRow("folder excludes contents") << "node_modules" << "node_modules/x/index.js" << true;
        QTest::newRow("leading slash") << "/build" << "build/out.o" << true;
        QTest::newRow("dot slash cleaned") << "./tmp/../build" << "build" << true;
        QTest::newRow("dot is literal") << "a.txt" << "abtxt" << false;
        QTest::newRow("exception") << "*.md\n!README.md" << "README.md" << false;
        QTest::newRow("exception keeps others out") << "*.md\n!README.md" << "NOTES.md" << true;
        QTest::newRow("last match wins") << "!keep.txt\n*.txt" << "keep.txt" << true;
        QTest::newRow("exception inside excluded folder") << "docs\n!docs/api.md" << "docs/api.md" << false;
        QTest::newRow("folder still excluded") << "docs\n!docs/api.md" << "docs/intro.md" << true;
        QTest::newRow("re-exclude after exception") << "*.txt\n!a*.txt\nab.txt" << "ab.txt" << true;
        QTest::newRow("comment") << "# *.txt\n" << "a.txt" << false;
        QTest::newRow("blank and spaces") << "\n   \n  a.txt  \n" << "a.txt" << true;
        QTest::newRow("escaped star") << "\\*.txt" << "*.txt" << true;
        QTest::newRow("escaped star literal") << "\\*.txt" << "a.txt" << false;
        QTest::newRow("everything") << "*" << "anything" << true;
        QTest::newRow("everything but") << "*\n!Dockerfile" << "Dockerfile" << false;
        QTest::newRow("crlf line") << "a.txt\r\nb.txt\r\n" << "a.txt" << true;
    }

    void matches()
    {
        QFETCH(QString, patterns);
        QFETCH(QString, path);
        QFETCH(bool, excluded);
        const DockerIgnore ignore = DockerIgnore::parse(patterns.toUtf8());
        QCOMPARE(ignore.isExcluded(path), excluded);
    }

    void exceptionsAreNoticed()
    {
        QVERIFY(!DockerIgnore::parse("a\nb\n").hasExceptions());
        QVERIFY(DockerIgnore::parse("a\n!b\n").hasExceptions());
        QVERIFY(DockerIgnore::parse("").isEmpty());
    }

    void keepOverridesExclusion()
    {
        DockerIgnore ignore = DockerIgnore::parse("*\n");
        QVERIFY(ignore.isExcluded(QStringLiteral("Dockerfile")));
        ignore.keep(QStringLiteral("Dockerfile"));
        QVERIFY(!ignore.isExcluded(QStringLiteral("Dockerfile")));
        QVERIFY(ignore.isExcluded(QStringLiteral("other")));
    }

    void cleanPath_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "a/b" << "a/b";
        QTest::newRow("dots") << "./a/./b/" << "a/b";
        QTest::newRow("parent") << "a/../b" << "b";
        QTest::newRow("above root") << "../a" << "../a";
        QTest::newRow("absolute") << "/a//b" << "a/b";
        QTest::newRow("empty") << "" << ".";
    }
    void cleanPath()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(DockerIgnore::cleanPath(in), out);
    }
};

QTEST_GUILESS_MAIN(TestDockerIgnore)
#include "TestDockerIgnore.moc"
