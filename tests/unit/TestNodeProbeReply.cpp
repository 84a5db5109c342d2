#include "docker/RuntimeCommand.h"
#include "nodes/NodeProbe.h"
#include "nodes/NodeProbeReply.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

// Issue 16: the node probe's script in a real POSIX sh (dash) against stand-in docker, podman, sudo and
// nvidia-smi programs (what each node kind answers, measured on the lab's kinds), and its parser on canned and
// hostile answers.
class TestNodeProbeReply final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A PATH with the tools the script uses and nothing else (this machine has docker, podman and sudo in /usr/bin).
    QString toolPath(const QString &name)
    {
        const QString bin = m_dir.filePath(name);
        QDir().mkpath(bin);
        for (const char *tool : { "sh", "id", "uname", "df", "awk", "sed", "grep", "tr", "cut", "head", "tail",
                 "printf", "timeout", "cat" }) {
            const QString target = QFile::exists(QStringLiteral("/usr/bin/") + QLatin1String(tool))
                ? QStringLiteral("/usr/bin/") + QLatin1String(tool)
                : QStringLiteral("/bin/") + QLatin1String(tool);
            QFile::link(target, bin + QLatin1Char('/') + QLatin1String(tool));
        }
        return bin;
    }

    static void fake(const QString &bin, const QString &name, const QString &body)
    {
        QFile f(bin + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n" + body.toUtf8() + "\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    static NodeProbeReply runScript(const QString &bin)
    {
        QProcess sh;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), bin);
        env.insert(QStringLiteral("TMPDIR"), QDir::tempPath());
        sh.setProcessEnvironment(env);
        sh.start(bin + QStringLiteral("/sh"), { QStringLiteral("-c"), NodeProbe::script() });
        sh.waitForFinished(20000);
        return NodeProbeReply::parse(sh.readAllStandardOutput());
    }

    // What `docker info --format F` prints: F's first field is marked fleet:, the rest separated by |.
    static QString dockerInfo(const QString &fields)
    {
        return QStringLiteral("case \"$1\" in info) echo 'WARNING: No swap limit support' >&2; echo 'fleet:%1';; "
                              "version) echo 'fleet:1.41';; esac")
            .arg(fields);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rootDocker()
    {
        const QString bin = toolPath(QStringLiteral("root"));
        fake(bin, QStringLiteral("docker"),
            dockerInfo(QStringLiteral("20.10.24+dfsg1|overlay2|/|Backing Filesystem=extfs;Supports d_type=true;|"
                                      "name=seccomp,profile=default;|io.containerd.runc.v2,runc,")));
        const NodeProbeReply r = runScript(bin);
        QVERIFY(r.valid);
        QCOMPARE(r.runtime, NodeProbeReply::Runtime::Docker);
        QCOMPARE(r.access, NodeProbeReply::Access::Direct);
        QCOMPARE(r.runtimeVersion, QStringLiteral("20.10.24+dfsg1"));
        QCOMPARE(r.apiVersion, QStringLiteral("1.41"));
        QCOMPARE(r.storageDriver, QStringLiteral("overlay2"));
        QCOMPARE(r.imageStore, QStringLiteral("graphdriver"));
        QVERIFY(!r.rootless);
        QCOMPARE(r.runtimes, (QStringList { QStringLiteral("io.containerd.runc.v2"), QStringLiteral("runc") }));
        QCOMPARE(r.socket, QStringLiteral("unix:///var/run/docker.sock"));
        QVERIFY(r.rootFreeBytes > 0 && r.tmpFreeBytes > 0);
        QCOMPARE(r.tmpDir, QDir::tempPath());
        QVERIFY(!r.arch.isEmpty());
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.usable());
        QVERIFY(NodeProbe::refusal(QStringLiteral("n1"), r).isEmpty());
        QCOMPARE(RuntimeCommand::fromProbe(r).cli(), QStringLiteral("docker"));
    }

    void sudoDockerAndContainerdStore()
    {
        const QString bin = toolPath(QStringLiteral("sudo"));
        fake(bin, QStringLiteral("docker"),
            QStringLiteral("if [ \"$FLEET_AS_ROOT\" = 1 ]; then %1; exit 0; fi\n"
                           "echo 'permission denied while trying to connect to the Docker daemon socket at "
                           "unix:///var/run/docker.sock' >&2; exit 1")
                .arg(dockerInfo(QStringLiteral("29.1.0|overlayfs|/|driver-type=io.containerd.snapshotter.v1;|"
                                               "name=seccomp;|runc,nvidia,"))));
        fake(bin, QStringLiteral("sudo"), QStringLiteral("[ \"$1\" = -n ] && shift; FLEET_AS_ROOT=1 exec \"$@\""));
        fake(bin, QStringLiteral("nvidia-smi"),
            QStringLiteral("case \"$1\" in --query-gpu=name) echo 'NVIDIA A100-SXM4-40GB';; *) echo '| NVIDIA-SMI "
                           "535.104.05   Driver Version: 535.104.05   CUDA Version: 12.2     |';; esac"));
        const NodeProbeReply r = runScript(bin);
        QCOMPARE(r.runtime, NodeProbeReply::Runtime::Docker);
        QCOMPARE(r.access, NodeProbeReply::Access::Sudo);
        QCOMPARE(r.imageStore, QStringLiteral("containerd"));
        QCOMPARE(r.gpus, QStringList { QStringLiteral("NVIDIA A100-SXM4-40GB") });
        QCOMPARE(r.cudaVersion, QStringLiteral("12.2"));
        QVERIFY(r.runtimes.contains(QStringLiteral("nvidia")));
        QVERIFY(r.usable());
        QCOMPARE(RuntimeCommand::fromProbe(r).cli(), QStringLiteral("sudo -n docker"));
        QCOMPARE(RuntimeCommand::fromProbe(r).load(), QStringLiteral("sudo -n docker load"));
        const QStringList badges = r.badges();
        QVERIFY2(badges.contains(QStringLiteral("sudo")) && badges.contains(QStringLiteral("containerd"))
                && badges.contains(QStringLiteral("GPU")) && badges.contains(QStringLiteral("CUDA 12.2")),
            qPrintable(badges.join(QLatin1Char(' '))));
    }

    void neitherGroupNorSudo()
    {
        const QString bin = toolPath(QStringLiteral("denied"));
        fake(bin, QStringLiteral("docker"),
            QStringLiteral("echo 'Got permission denied while trying to connect to the Docker daemon socket at "
                           "unix:///var/run/docker.sock: connect: permission denied' >&2; exit 1"));
        fake(bin, QStringLiteral("sudo"), QStringLiteral("echo 'sudo: a password is required' >&2; exit 1"));
        const NodeProbeReply r = runScript(bin);
        QCOMPARE(r.runtime, NodeProbeReply::Runtime::Docker);
        QCOMPARE(r.access, NodeProbeReply::Access::Denied);
        QVERIFY(!r.usable());
        QVERIFY(r.error.contains(QLatin1String("permission denied")));
        QCOMPARE(r.sudoError, QStringLiteral("sudo: a password is required"));
        const QString why = NodeProbe::refusal(QStringLiteral("n5"), r);
        QVERIFY2(why.contains(QLatin1String("usermod -aG docker")) && why.contains(QLatin1String("NOPASSWD"))
                && why.contains(QLatin1String("Nothing was sent")) && why.contains(bin + QStringLiteral("/docker")),
            qPrintable(why));
    }

    void podmanAndJetson()
    {
        const QString bin = toolPath(QStringLiteral("podman"));
        fake(bin, QStringLiteral("podman"),
            QStringLiteral("echo 'time=\"x\" level=warning msg=\"not a shared mount\"' >&2; "
                           "echo 'fleet:4.3.1|4.3.1|overlay|/|false|/run/podman/podman.sock'"));
        const NodeProbeReply r = runScript(bin);
        QCOMPARE(r.runtime, NodeProbeReply::Runtime::Podman);
        QCOMPARE(r.access, NodeProbeReply::Access::Direct);
        QCOMPARE(r.runtimeVersion, QStringLiteral("4.3.1"));
        QCOMPARE(r.socket, QStringLiteral("/run/podman/podman.sock"));
        QVERIFY(!r.dockerFound);
        QCOMPARE(RuntimeCommand::fromProbe(r).load(), QStringLiteral("podman load"));
        QCOMPARE(RuntimeCommand::fromProbe(r).loadFile(QStringLiteral("'/t/a.tar'")),
            QStringLiteral("podman load -i '/t/a.tar'"));

        // Jetson: the release line as L4T writes it
        const NodeProbeReply j = NodeProbeReply::parse(
            "fleet-probe 1\narch=aarch64\nl4t=# R35 (release), REVISION: 4.1, GCID: 33958178, BOARD: t186ref, "
            "EABI: aarch64, DATE: Tue Aug  1 19:57:35 UTC 2023\ncuda_file=11.4.19\n");
        QCOMPARE(j.l4tRelease, QStringLiteral("R35.4.1"));
        QCOMPARE(j.cudaVersion, QStringLiteral("11.4.19"));
        QVERIFY(j.jetson());
        QCOMPARE(j.runtime, NodeProbeReply::Runtime::None);
    }

    void noRuntimeSaysSo()
    {
        const NodeProbeReply r = runScript(toolPath(QStringLiteral("bare")));
        QVERIFY(r.valid);
        QCOMPARE(r.runtime, NodeProbeReply::Runtime::None);
        QVERIFY(!r.dockerFound && !r.podmanFound);
        QVERIFY(r.socket.isEmpty());
        QCOMPARE(r.summary(), QStringLiteral("no docker"));
        QVERIFY(NodeProbe::refusal(QStringLiteral("n6"), r).contains(QLatin1String("docker is not installed")));
    }

    void parserIsBounded()
    {
        QVERIFY(!NodeProbeReply::parse("").valid);
        QVERIFY(!NodeProbeReply::parse("docker_access=direct\n").valid); // no header: not our script's answer
        QByteArray big = "fleet-probe 1\nuser=" + QByteArray(100000, 'a') + "\ngpu=\x1b[31mred\n";
        const NodeProbeReply r = NodeProbeReply::parse(big);
        QVERIFY(r.valid);
        QVERIFY(r.user.size() <= 64);
        QVERIFY(r.gpus.isEmpty()); // past the reply's bound
        const NodeProbeReply esc = NodeProbeReply::parse("fleet-probe 1\ngpu=\x1b[31mred\ntmp_free_kb=-5\n");
        QCOMPARE(esc.gpus.size(), 1);
        QVERIFY(!esc.gpus.first().contains(QChar(0x1b)));
        QCOMPARE(esc.tmpFreeBytes, -1);
    }

    void jsonRoundTrip()
    {
        const NodeProbeReply r = NodeProbeReply::parse(
            "fleet-probe 1\nuser=u\narch=x86_64\ndocker_path=/usr/bin/docker\nsudo_path=/usr/bin/sudo\n"
            "docker_access=sudo\ndocker_info=20.10.24|overlay2|/var/lib/docker||name=rootless;|runc,\n"
            "docker_api=1.41\nroot_free_kb=10\ntmp_dir=/tmp\ntmp_free_kb=20\nl4t=# R36 (release), REVISION: 3.0\n");
        const NodeProbeReply back = NodeProbeReply::fromJson(r.toJson());
        QCOMPARE(back.toJson(), r.toJson());
        QCOMPARE(back.access, NodeProbeReply::Access::Sudo);
        QVERIFY(back.rootless);
        QCOMPARE(back.rootFreeBytes, 10240);
        QCOMPARE(back.l4tRelease, QStringLiteral("R36.3.0"));
        QCOMPARE(RuntimeCommand::normalizeId(QString(64, QLatin1Char('a'))),
            QStringLiteral("sha256:") + QString(64, QLatin1Char('a')));
        QCOMPARE(RuntimeCommand::normalizeId(QStringLiteral("sha256:ab")), QStringLiteral("sha256:ab"));
    }
};

QTEST_GUILESS_MAIN(TestNodeProbeReply)
#include "TestNodeProbeReply.moc"
