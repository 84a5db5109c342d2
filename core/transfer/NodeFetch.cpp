#include "transfer/NodeFetch.h"

#include "images/stores/S3Protocol.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshSession.h"
#include "util/ShellQuote.h"

#include <QRegularExpression>

namespace fleet {

namespace {
// Exit statuses of the fetch script (docker load's own status comes after "loading").
constexpr int kSetupFailed = 90;
constexpr int kFetchFailed = 91;
constexpr int kMismatch = 92;
constexpr int kNoChecksumTool = 93;

// The download, in the background so the script can report the file's size meanwhile. The URL comes from the
// shell variable through a builtin printf: never in an argv. curl without -f keeps an error answer's body (the
// S3 XML says why) in the file, and gives up after 60 s without a byte.
QString fetchCommand(NodeFetch::Tool tool)
{
    if (tool == NodeFetch::Tool::Curl)
        return QStringLiteral("printf 'url = \"%s\"\\n' \"$u\" | curl -K - -sS --connect-timeout 15 --speed-time 60 "
                              "--speed-limit 1 -o \"$f\" -w '%{http_code}' >\"$d/status\" 2>\"$d/err\" &");
    return QStringLiteral("printf '%s\\n' \"$u\" | wget -q --content-on-error --timeout=60 --tries=1 -O \"$f\" -i - "
                          "2>\"$d/err\" &");
}

// A HEAD through the first link; when it is refused, the first byte through the second (a GET), whose error
// answer (S3's XML: expired, access denied…) goes to stderr: a HEAD answer has no body to say why.
QString probeCommand(NodeFetch::Tool tool)
{
    if (tool == NodeFetch::Tool::Curl)
        return QStringLiteral("IFS= read -r h || exit 90; IFS= read -r g || exit 90\n"
                              "c=$(printf 'url = \"%s\"\\n' \"$h\" | curl -K - -sS -I -o /dev/null -w '%{http_code}' "
                              "--connect-timeout 5 --max-time 20); printf '%s' \"$c\"\n"
                              "[ \"$c\" = 200 ] || printf 'url = \"%s\"\\n' \"$g\" | curl -K - -sS -r 0-0 "
                              "--connect-timeout 5 --max-time 20 -o - >&2");
    return QStringLiteral("IFS= read -r h || exit 90; IFS= read -r g || exit 90\n"
                          "if printf '%s\\n' \"$h\" | wget -q --spider --timeout=10 --tries=1 -i -; then printf 200; "
                          "else printf '%s\\n' \"$g\" | wget -q --content-on-error --header='Range: bytes=0-0' "
                          "--timeout=10 --tries=1 -O - -i - >&2; fi");
}

bool isHexSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}
} // namespace

NodeFetch::NodeFetch(SshSession &session, QString node)
    : m_session(session)
    , m_node(std::move(node))
{
}

QString NodeFetch::toolName(Tool tool)
{
    switch (tool) {
    case Tool::Curl:
        return QStringLiteral("curl");
    case Tool::Wget:
        return QStringLiteral("wget");
    case Tool::None:
        break;
    }
    return QStringLiteral("none");
}

bool NodeFetch::probeTool(Tool *tool)
{
    const RemoteResult result = m_session.run(QStringLiteral(
        "if command -v curl >/dev/null 2>&1; then echo curl; elif command -v wget >/dev/null 2>&1; then echo wget; "
        "else echo none; fi"));
    if (!result.error.ok()) {
        m_sshError = result.error;
        m_message = result.error.message;
        return false;
    }
    const QByteArray answer = result.out.trimmed();
    *tool = answer == "curl" ? Tool::Curl : answer == "wget" ? Tool::Wget : Tool::None;
    if (*tool == Tool::None)
        m_message = QStringLiteral("%1 has neither curl nor wget to download from the store").arg(m_node);
    return true;
}

bool NodeFetch::canReach(Tool tool, const QByteArray &headUrl, const QByteArray &getUrl)
{
    RemoteProcess probe(m_session, 64 * 1024);
    const QByteArray links = headUrl + '\n' + getUrl + '\n';
    const bool ran = probe.start(QStringLiteral("sh -c ") + shellQuote(probeCommand(tool)))
        && probe.write(links.constData(), links.size()) && probe.closeInput()
        && probe.waitForFinished(30000);
    if (!ran) {
        m_sshError = probe.error();
        m_message = QStringLiteral("%1: asking whether it reaches the store failed: %2").arg(m_node,
                                                                                              probe.error().message);
        return false;
    }
    const QString status = QString::fromUtf8(probe.takeStdout()).trimmed();
    if (probe.exitStatus() == 0 && status == QLatin1String("200"))
        return true;
    m_message = explainFailure(probe.stderrData(), status);
    return false;
}

QString NodeFetch::fetchScript(Tool tool, const QString &sha256)
{
    // POSIX sh (dash, busybox ash). Lines to stdout: "dir D", "size N", "loading", then docker load's output.
    return QStringLiteral(
               "set -u\n"
               "IFS= read -r u || exit 90\n"
               "d=$(mktemp -d \"${TMPDIR:-/tmp}/fleet-push-fetch.XXXXXXXXXX\") || { echo 'cannot create a temporary "
               "directory' >&2; exit 90; }\n"
               "f=\"$d/image.tar\"; p=''\n"
               "cleanup() { [ -n \"$p\" ] && kill \"$p\" 2>/dev/null; rm -rf \"$d\"; }\n"
               "trap 'cleanup; exit 129' HUP\n"
               "trap 'cleanup; exit 141' PIPE\n"
               "trap 'cleanup; exit 143' INT TERM\n"
               "echo \"dir $d\"\n"
               "command -v sha256sum >/dev/null 2>&1 || { echo 'no sha256sum on the node' >&2; cleanup; exit 93; }\n"
               "%1\n"
               "p=$!; u=''\n"
               "while kill -0 \"$p\" 2>/dev/null; do\n"
               "  echo \"size $(wc -c <\"$f\" 2>/dev/null || echo 0)\"\n"
               "  sleep 0.5\n"
               "done\n"
               "wait \"$p\"; rc=$?; p=''\n"
               "st=$(cat \"$d/status\" 2>/dev/null || echo 200)\n"
               "if [ \"$rc\" -ne 0 ] || [ \"$st\" != 200 ]; then\n"
               "  echo \"failed $rc $st\"; head -c 2000 \"$d/err\" >&2\n"
               // the body of an HTTP error answer (S3's XML says why); wget's 8 is "the server said no"
               "  if [ \"$st\" != 200 ] || [ \"$rc\" -eq 8 ]; then head -c 2000 \"$f\" >&2 2>/dev/null; fi\n"
               "  cleanup; exit 91\n"
               "fi\n"
               "echo \"size $(wc -c <\"$f\")\"\n"
               "set -- $(sha256sum \"$f\")\n"
               "if [ \"${1:-}\" != '%2' ]; then echo \"mismatch ${1:-}\"; cleanup; exit 92; fi\n"
               "echo loading\n"
               "docker load -i \"$f\" 2>\"$d/load-err\"; rc=$?\n"
               "[ \"$rc\" -eq 0 ] || cat \"$d/load-err\" >&2\n"
               "cleanup; exit \"$rc\"\n")
        .arg(fetchCommand(tool), sha256);
}

NodeFetch::Outcome NodeFetch::fetchAndLoad(Tool tool, const QByteArray &url, const QString &sha256,
                                           const Callbacks &callbacks)
{
    if (!isHexSha256(sha256)) {
        m_message = QStringLiteral("the store records no usable sha256 for this object; put the image again");
        return Outcome::Mismatch;
    }
    RemoteProcess script(m_session, 1 << 20);
    if (!script.start(QStringLiteral("sh -c ") + shellQuote(fetchScript(tool, sha256)))
        || !script.write(url.constData(), url.size()) || !script.write("\n", 1) || !script.closeInput()) {
        m_sshError = script.error();
        m_message = script.error().message;
        return Outcome::Stopped;
    }
    QByteArray pending;
    bool loading = false;
    qint64 lastSize = -1;
    QString mismatch;
    QString failedStatus; // the HTTP status of a failed download (curl), else empty
    QStringList loadLines;
    const auto consume = [&] {
        pending += script.takeStdout();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline)).trimmed();
            pending.remove(0, newline + 1);
            if (loading) {
                if (!line.isEmpty())
                    loadLines << line.left(500);
            } else if (line.startsWith(QLatin1String("dir "))) {
                m_directory = line.mid(4);
            } else if (line.startsWith(QLatin1String("size "))) {
                const qint64 size = line.mid(5).toLongLong();
                if (size != lastSize && callbacks.downloaded)
                    callbacks.downloaded(size);
                lastSize = size;
            } else if (line.startsWith(QLatin1String("failed "))) {
                failedStatus = line.section(QLatin1Char(' '), 2, 2);
            } else if (line.startsWith(QLatin1String("mismatch"))) {
                mismatch = line.mid(9);
            } else if (line == QLatin1String("loading")) {
                loading = true;
                if (callbacks.loading)
                    callbacks.loading();
            }
        }
    };
    for (;;) {
        const RemoteProcess::Poll state = script.poll(250);
        consume();
        if (state == RemoteProcess::Poll::Running)
            continue;
        if (state == RemoteProcess::Poll::Failed || script.exitStatus() < 0) {
            m_sshError = script.error().ok() ? m_session.error() : script.error();
            m_message = m_sshError.ok() ? QStringLiteral("%1: the download script ended without a status").arg(m_node)
                                        : m_sshError.message;
            return Outcome::Stopped;
        }
        break;
    }
    pending += '\n';
    consume();
    const int status = script.exitStatus();
    if (loading) {
        m_loadStatus = status;
        m_loadOutput = loadLines.value(loadLines.size() - 1);
        if (status == 0)
            return Outcome::Loaded;
        m_loadError = script.stderrData();
        return Outcome::LoadFailed;
    }
    if (status == kMismatch) {
        m_message = QStringLiteral("the object %1 downloaded has sha256 %2, the store's sidecar records %3: it was "
                                   "refused before `docker load` and removed. The object is damaged or was replaced; "
                                   "put the image into the store again.").arg(m_node, mismatch, sha256);
        return Outcome::Mismatch;
    }
    if (status == kNoChecksumTool || status == kSetupFailed) {
        m_message = QStringLiteral("%1 cannot take a direct download: %2").arg(
            m_node, QString::fromUtf8(script.stderrData()).trimmed().left(300));
        return Outcome::Unavailable;
    }
    const QByteArray err = script.stderrData();
    m_message = explainFailure(err, status == kFetchFailed ? failedStatus : QString::number(status));
    return Outcome::Unavailable;
}

QString NodeFetch::explainFailure(const QByteArray &stderrData, const QString &status) const
{
    // An S3 error answer is XML (<Error><Code>…); curl's and wget's own words come before it.
    const qsizetype xml = stderrData.indexOf("<Error>");
    const S3Protocol::ErrorBody body = xml >= 0 ? S3Protocol::parseError(stderrData.mid(xml)) : S3Protocol::ErrorBody{};
    const QString tool = QString::fromUtf8(xml >= 0 ? stderrData.left(xml) : stderrData).simplified().left(300);
    if (body.message.contains(QLatin1String("expired"), Qt::CaseInsensitive))
        return QStringLiteral("the store refused %1's download: the presigned link had expired (%2: %3). Links are "
                              "valid for minutes from the workstation's clock: check that the workstation's and the "
                              "store's clocks agree (timedatectl), then retry.").arg(m_node, body.code, body.message);
    if (!body.code.isEmpty())
        return QStringLiteral("the store refused %1's download (%2%3: %4)")
            .arg(m_node, status.isEmpty() || status == QLatin1String("200") ? QString() : QStringLiteral("HTTP %1 ").arg(status),
                 body.code, body.message);
    if (tool.contains(QLatin1String("No space left"), Qt::CaseInsensitive)
        || tool.contains(QLatin1String("Failure writing"), Qt::CaseInsensitive))
        return QStringLiteral("%1 ran out of space for the download (%2): free space in its TMPDIR").arg(m_node, tool);
    if (!tool.isEmpty())
        return QStringLiteral("%1 cannot download from the store: %2").arg(m_node, tool);
    if (!status.isEmpty() && status != QLatin1String("200"))
        return QStringLiteral("the store answered %1's request with HTTP %2").arg(m_node, status);
    return QStringLiteral("%1 cannot download from the store (no answer)").arg(m_node);
}

} // namespace fleet
