#pragma once

#include "discovery/Scanner.h"
#include "discovery/TargetArguments.h"
#include "lab/LabEnvironment.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QTimer>

#include <functional>

namespace fleet::test {

// Runs one scan to the end on the Scanner's thread while this thread's event loop turns (so QTcpServers in the
// test keep answering). Discovery tests only ever scan loopback: FLEET_SCAN_LOOPBACK_ONLY is forced here, and
// TargetSet refuses anything else.
struct ScanRun
{
    QList<ScanResult> results;
    QList<ScanProgress> progress;
    ScanSummary summary;
    QString error;     // target or policy error: nothing was scanned
    qint64 wallMs = 0; // start() to `finished` delivered
    bool timedOut = false;

    const ScanResult *find(const QString &address) const
    {
        for (const ScanResult &r : results)
            if (r.address == address)
                return &r;
        return nullptr;
    }

    static ScanRun scan(const QStringList &words, const ScanOptions &options = {},
                        const std::function<void(Scanner &, const ScanProgress &)> &onProgress = {},
                        int limitMs = 30000, TargetSet *covered = nullptr)
    {
        qputenv("FLEET_SCAN_LOOPBACK_ONLY", "1");
        ScanRun run;
        TargetSet set({}, options.sshPorts);
        QStringList warnings;
        for (const QString &word : words)
            if (!TargetArguments::add(set, word, nullptr, &warnings, &run.error))
                return run;
        if (!set.prepare(&warnings, &run.error))
            return run;
        if (covered)
            *covered = set;
        Scanner scanner;
        QEventLoop loop;
        QObject::connect(&scanner, &Scanner::nodeFound, &loop, [&](const ScanResult &r) { run.results << r; });
        QObject::connect(&scanner, &Scanner::progressChanged, &loop, [&](const ScanProgress &p) {
            run.progress << p;
            if (onProgress)
                onProgress(scanner, p);
        });
        QObject::connect(&scanner, &Scanner::finished, &loop, [&](const ScanSummary &s) {
            run.summary = s;
            loop.quit();
        });
        QTimer::singleShot(limitMs, &loop, [&] {
            run.timedOut = true;
            scanner.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        scanner.start(set, options);
        loop.exec();
        run.wallMs = clock.elapsed();
        return run;
    }
};

// The lab nodes started with `fleetlab up --agent-on LIST` (LIST: "1,2", "1-3", "all"): they answer as ONLINE.
inline QSet<QString> labAgentNodes(const LabEnvironment &lab)
{
    QSet<QString> out;
    QFile options(lab.dir + QStringLiteral("/options"));
    if (!options.open(QIODevice::ReadOnly))
        return out;
    QString list;
    for (const QByteArray &line : options.readAll().split('\n'))
        if (line.startsWith("agent_on="))
            list = QString::fromUtf8(line.mid(9)).trimmed();
    for (int i = 0; i < lab.nodes.size(); ++i) {
        const QString n = QString::number(i + 1);
        bool in = list == QLatin1String("all");
        for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList ab = part.split(QLatin1Char('-'));
            in = in || (ab.size() == 2 ? (i + 1 >= ab[0].toInt() && i + 1 <= ab[1].toInt()) : part == n);
        }
        if (in)
            out.insert(lab.nodes.at(i));
    }
    return out;
}

} // namespace fleet::test
