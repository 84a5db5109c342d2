#include "images/ImageReference.h"

#include <QTest>

using fleet::ImageReference;

// The table follows distribution/reference (the grammar the Docker CLI uses): valid strings must normalize to
// the fully qualified name, invalid ones must be refused with a message that names the offending part.
class TestImageReference final : public QObject
{
    Q_OBJECT

private:
    static QString hex(int n, char c = 'a') { return QString(n, QLatin1Char(c)); }
    static QString sha256() { return QStringLiteral("sha256:") + QStringLiteral("0123456789abcdef").repeated(4); }

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized"); // when valid
        QTest::addColumn<QString>("familiar");   // when valid
        QTest::addColumn<QString>("errorPart");  // when invalid: text the message must contain

        const QString d = sha256();
        auto ok = [](const char *row, const QString &in, const QString &norm, const QString &fam) {
            QTest::newRow(row) << in << true << norm << fam << QString();
        };
        auto bad = [](const char *row, const QString &in, const QString &part) {
            QTest::newRow(row) << in << false << QString() << QString() << part;
        };

        ok("official", "ubuntu", "docker.io/library/ubuntu", "ubuntu");
        ok("official tag", "ubuntu:22.04", "docker.io/library/ubuntu:22.04", "ubuntu:22.04");
        ok("library prefix", "library/ubuntu:22.04", "docker.io/library/ubuntu:22.04", "ubuntu:22.04");
        ok("full", "docker.io/library/ubuntu:22.04", "docker.io/library/ubuntu:22.04", "ubuntu:22.04");
        ok("legacy index", "index.docker.io/library/ubuntu:22.04", "docker.io/library/ubuntu:22.04", "ubuntu:22.04");
        ok("legacy index user", "index.docker.io/team/app:1.0.0", "docker.io/team/app:1.0.0", "team/app:1.0.0");
        ok("namespace", "team/app:1.2.3", "docker.io/team/app:1.2.3", "team/app:1.2.3");
        ok("ghcr", "ghcr.io/org/app:1.0.0", "ghcr.io/org/app:1.0.0", "ghcr.io/org/app:1.0.0");
        ok("localhost", "localhost/app:1.0.0", "localhost/app:1.0.0", "localhost/app:1.0.0");
        ok("localhost port", "localhost:5000/app:1.0.0", "localhost:5000/app:1.0.0", "localhost:5000/app:1.0.0");
        ok("localhost:5000 is a tag", "localhost:5000", "docker.io/library/localhost:5000", "localhost:5000");
        ok("deep path", "registry.local:5000/team/sub/app:2.0.0-rc.1", "registry.local:5000/team/sub/app:2.0.0-rc.1",
           "registry.local:5000/team/sub/app:2.0.0-rc.1");
        ok("ipv4 registry", "127.0.0.1:5000/app:1.0.0", "127.0.0.1:5000/app:1.0.0", "127.0.0.1:5000/app:1.0.0");
        // Bracketed IPv6 hosts: distribution/reference >= 2.8 (Docker 20.10's daemon still refuses them).
        ok("ipv6 registry", "[::1]:5000/app:1.0.0", "[::1]:5000/app:1.0.0", "[::1]:5000/app:1.0.0");
        ok("uppercase registry", "Registry.Example.com/app:1.0", "Registry.Example.com/app:1.0",
           "Registry.Example.com/app:1.0");
        // distribution/reference >= 0.5: an uppercase first component can only be a registry host.
        ok("uppercase first component is a host", "UPPER/app:1", "UPPER/app:1", "UPPER/app:1");
        ok("digest only", "app@" + d, "docker.io/library/app@" + d, "app@" + d);
        ok("tag and digest", "app:1.0.0@" + d, "docker.io/library/app:1.0.0@" + d, "app:1.0.0@" + d);
        ok("sha512", "app@sha512:" + hex(128), "docker.io/library/app@sha512:" + hex(128), "app@sha512:" + hex(128));
        ok("underscore", "my_app:1", "docker.io/library/my_app:1", "my_app:1");
        ok("double underscore", "my__app:1", "docker.io/library/my__app:1", "my__app:1");
        ok("dashes", "my---app:1", "docker.io/library/my---app:1", "my---app:1");
        ok("dots no slash", "foo.bar", "docker.io/library/foo.bar", "foo.bar");
        // Found by FuzzImageReference: a docker.io path whose first component looks like a host keeps docker.io in
        // its familiar form, or that form would name another registry (Docker's FamiliarName drops it).
        ok("docker.io path like a host", "docker.io/foo.bar/app:1", "docker.io/foo.bar/app:1", "docker.io/foo.bar/app:1");
        // Found by FuzzImageReference: 250 characters are within the limit, "docker.io/library/" + 250 are not.
        bad("normalized name too long", QString(250, QLatin1Char('a')), "the limit is 255");
        ok("docker.io path localhost", "docker.io/localhost/app", "docker.io/localhost/app", "docker.io/localhost/app");
        ok("tag underscore start", "app:_x", "docker.io/library/app:_x", "app:_x");
        ok("tag mixed case", "app:V1.0-RC", "docker.io/library/app:V1.0-RC", "app:V1.0-RC");
        ok("tag 128", "app:" + hex(128, 'x'), "docker.io/library/app:" + hex(128, 'x'), "app:" + hex(128, 'x'));
        ok("digits only", "0/1:2", "docker.io/0/1:2", "0/1:2");

        bad("empty", "", "empty");
        bad("uppercase repo", "Ubuntu", "lowercase");
        bad("uppercase path", "team/App:1", "\"App\" has uppercase");
        bad("empty tag", "ubuntu:", "tag after ':' is empty");
        bad("two colons", "ubuntu:1.0:2", "contains ':'");
        bad("tag starts with dash", "app:-1", "starts with '-'");
        bad("tag too long", "app:" + hex(129, 'x'), "limit is 128");
        bad("slash after tag makes a registry", "app:1.0/x", "port");
        bad("trailing space", "app:1.0 ", "whitespace");
        bad("inner space", "my app:1.0", "whitespace");
        bad("bang", "app!:1", "contains '!'");
        bad("leading dash", "-app:1", "must start and end");
        bad("trailing dash", "app-:1", "must start and end");
        bad("double dot", "a..b:1", "'..'");
        bad("triple underscore", "a___b:1", "'___'");
        bad("dot underscore", "a._b:1", "'._'");
        bad("double slash", "team//app:1", "empty");
        bad("trailing slash", "team/app/:1", "empty");
        bad("no path after registry", "localhost:5000/", "path after registry");
        // Two deliberate refusals stricter than Docker, which accepts these because the first component also
        // parses as a path and is then split off as a host unchecked: neither can name a reachable registry.
        bad("port too big", "localhost:99999/app:1", "port");
        bad("underscore in host", "reg_istry.com/app:1", "\"reg_istry\"");
        bad("port not numeric", "host.com:80a/app:1", "port");
        bad("dash starts host label", "-reg.com/app:1", "\"-reg\"");
        bad("short digest", "app@sha256:abc", "64 hex digits");
        bad("unsupported digest", "app@md5:" + hex(32), "not supported");
        bad("uppercase digest", "app@sha256:" + hex(64, 'A'), "lowercase hexadecimal");
        bad("empty digest", "app@", "no algorithm");
        bad("two digests", "app@" + d + "@" + d, "lowercase hexadecimal");
        bad("image id", hex(64, 'f'), "image ID");
        bad("name too long", hex(256, 'a'), "limit is 255");
        bad("no name", ":1.0", "missing");
        bad("broken ipv6", "[::1/app:1", "IPv6");
        bad("unicode", "caf\u00e9:1", "contains");
    }

    void parses()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        QFETCH(QString, familiar);
        QFETCH(QString, errorPart);
        const ImageReference r = ImageReference::parse(input);
        QVERIFY2(r.isValid() == valid, qPrintable(valid ? r.error() : r.toString()));
        if (valid) {
            QCOMPARE(r.toString(), normalized);
            QCOMPARE(r.familiar(), familiar);
            QVERIFY(r.error().isEmpty());
            // Normalizing is idempotent: the normalized form parses to itself.
            QCOMPARE(ImageReference::parse(r.toString()).toString(), normalized);
            QCOMPARE(ImageReference::parse(r.familiar()).toString(), normalized);
        } else {
            QVERIFY2(r.error().contains(errorPart), qPrintable(r.error()));
            QVERIFY2(r.error().contains(QLatin1Char('"') + input + QLatin1Char('"')), qPrintable(r.error()));
            QVERIFY(r.toString().isEmpty());
        }
    }

    void partsAreSplit()
    {
        const ImageReference r = ImageReference::parse(QStringLiteral("registry.local:5000/team/app:1.2.3@") + sha256());
        QVERIFY(r.isValid());
        QCOMPARE(r.domain(), QStringLiteral("registry.local:5000"));
        QCOMPARE(r.host(), QStringLiteral("registry.local"));
        QCOMPARE(r.port(), 5000);
        QCOMPARE(r.path(), QStringLiteral("team/app"));
        QCOMPARE(r.tag(), QStringLiteral("1.2.3"));
        QCOMPARE(r.digest(), sha256());
        QCOMPARE(r.name(), QStringLiteral("registry.local:5000/team/app"));
        QCOMPARE(ImageReference::parse(QStringLiteral("[::1]:5000/a:1")).host(), QStringLiteral("[::1]"));
        QCOMPARE(ImageReference::parse(QStringLiteral("ubuntu")).port(), -1);
    }

    void withTagReplacesTagAndDropsDigest()
    {
        const ImageReference r = ImageReference::parse(QStringLiteral("team/app:1.0.0@") + sha256());
        QCOMPARE(r.withTag(QStringLiteral("2.0.0")).toString(), QStringLiteral("docker.io/team/app:2.0.0"));
        const ImageReference broken = r.withTag(QStringLiteral("-bad"));
        QVERIFY(!broken.isValid());
        QVERIFY2(broken.error().contains(QStringLiteral("-bad")), qPrintable(broken.error()));
    }
};

QTEST_GUILESS_MAIN(TestImageReference)
#include "TestImageReference.moc"
