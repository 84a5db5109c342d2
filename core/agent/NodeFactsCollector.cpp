#include "agent/NodeFactsCollector.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QSysInfo>
#include <QThread>

namespace fleet {

namespace {
constexpr int kToolTimeoutMs = 3000;
constexpr qint64 kMinSampleGapMs = 200; // shorter gaps give noisy CPU figures: reuse the last one
} // namespace

NodeFactsCollector::NodeFactsCollector()
{
    m_lastCpu = parseProcStat(readFile(QStringLiteral("/proc/stat")));
    m_lastSample.start();
}

QByteArray NodeFactsCollector::readFile(const QString &path, qint64 max)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(max);
}

QString NodeFactsCollector::diskPath() const
{
    if (!m_diskPath.isEmpty() && QDir(m_diskPath).exists())
        return m_diskPath;
    return QDir(QStringLiteral("/var/lib/docker")).exists() ? QStringLiteral("/var/lib/docker") : QStringLiteral("/");
}

QString NodeFactsCollector::parseOsRelease(const QByteArray &text)
{
    QMap<QString, QString> fields;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0 || line.startsWith(QLatin1Char('#')))
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        fields.insert(line.left(eq), value);
    }
    if (!fields.value(QStringLiteral("PRETTY_NAME")).isEmpty())
        return fields.value(QStringLiteral("PRETTY_NAME"));
    return QStringLiteral("%1 %2")
        .arg(fields.value(QStringLiteral("NAME")), fields.value(QStringLiteral("VERSION_ID")))
        .trimmed();
}

NodeFactsCollector::Memory NodeFactsCollector::parseMeminfo(const QByteArray &text)
{
    QMap<QByteArray, qint64> kib;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() >= 2 && words.at(0).endsWith(':')) {
            bool ok = false;
            const qint64 value = words.at(1).toLongLong(&ok);
            if (ok)
                kib.insert(words.at(0).chopped(1), value);
        }
    }
    Memory memory;
    if (kib.contains("MemTotal"))
        memory.total = kib.value("MemTotal") * 1024;
    if (kib.contains("MemAvailable"))
        memory.available = kib.value("MemAvailable") * 1024;
    else if (kib.contains("MemFree")) // kernels before 3.14
        memory.available = (kib.value("MemFree") + kib.value("Buffers") + kib.value("Cached")) * 1024;
    return memory;
}

NodeFactsCollector::CpuTimes NodeFactsCollector::parseProcStat(const QByteArray &text)
{
    CpuTimes times;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.isEmpty() || words.at(0) != "cpu")
            continue;
        // user nice system idle iowait irq softirq steal (guest time is already inside user/nice)
        for (int i = 1; i < words.size() && i <= 8; ++i) {
            bool ok = false;
            const quint64 value = words.at(i).toULongLong(&ok);
            if (!ok)
                return {};
            times.total += value;
            if (i == 4 || i == 5)
                times.idle += value;
        }
        return times;
    }
    return times;
}

double NodeFactsCollector::cpuPercent(const CpuTimes &before, const CpuTimes &after)
{
    if (!before.valid() || !after.valid() || after.total <= before.total || after.idle < before.idle)
        return -1;
    const double total = double(after.total - before.total);
    const double idle = double(after.idle - before.idle);
    return qBound(0.0, 100.0 * (total - idle) / total, 100.0);
}

QList<double> NodeFactsCollector::parseLoadavg(const QByteArray &text)
{
    QList<double> load;
    const QList<QByteArray> words = text.simplified().split(' ');
    for (int i = 0; i < 3 && i < words.size(); ++i) {
        bool ok = false;
        const double value = words.at(i).toDouble(&ok);
        if (!ok)
            return {};
        load << value;
    }
    return load.size() == 3 ? load : QList<double>{};
}

QString NodeFactsCollector::parseNvidiaSmi(const QByteArray &csv)
{
    QStringList names;
    for (const QByteArray &line : csv.split('\n')) {
        const QString name = QString::fromUtf8(line).trimmed();
        if (!name.isEmpty())
            names << name;
    }
    if (names.isEmpty())
        return {};
    names.removeDuplicates();
    const qsizetype count = csv.trimmed().count('\n') + 1;
    return count > 1 ? QStringLiteral("%1 (x%2)").arg(names.join(QStringLiteral(", "))).arg(count) : names.first();
}

QString NodeFactsCollector::detectGpu()
{
    const QString smi = QStandardPaths::findExecutable(QStringLiteral("nvidia-smi"));
    if (!smi.isEmpty()) {
        QProcess process;
        process.start(smi, {QStringLiteral("--query-gpu=name"), QStringLiteral("--format=csv,noheader")});
        if (process.waitForFinished(kToolTimeoutMs) && process.exitCode() == 0)
            return parseNvidiaSmi(process.readAllStandardOutput());
        process.kill();
        process.waitForFinished(500);
    }
    // Jetson boards: tegrastats is the tool, the device tree names the module.
    if (!QStandardPaths::findExecutable(QStringLiteral("tegrastats")).isEmpty()) {
        const QString model = QString::fromUtf8(readFile(QStringLiteral("/proc/device-tree/model"))).remove(QChar(0));
        return model.trimmed().isEmpty() ? QStringLiteral("NVIDIA Jetson") : model.trimmed();
    }
    return {};
}

QJsonObject NodeFactsCollector::hostFacts()
{
    if (!m_gpuDetected) {
        m_gpu = detectGpu();
        m_gpuDetected = true;
    }
    const Memory memory = parseMeminfo(readFile(QStringLiteral("/proc/meminfo")));
    const QStorageInfo disk(diskPath());
    QJsonObject host{
        {QStringLiteral("hostname"), QSysInfo::machineHostName()},
        {QStringLiteral("os"), parseOsRelease(readFile(QStringLiteral("/etc/os-release")))},
        {QStringLiteral("kernel"), QString(QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion())},
        {QStringLiteral("arch"), QSysInfo::currentCpuArchitecture()},
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("mem_total"), double(memory.total)},
        {QStringLiteral("disk_path"), disk.rootPath()},
        {QStringLiteral("disk_total"), double(disk.bytesTotal())},
        {QStringLiteral("disk_free"), double(disk.bytesAvailable())},
    };
    if (!m_gpu.isEmpty())
        host.insert(QStringLiteral("gpu"), m_gpu);
    return host;
}

QJsonObject NodeFactsCollector::sample()
{
    if (m_lastSample.elapsed() >= kMinSampleGapMs || m_lastPercent < 0) {
        const CpuTimes now = parseProcStat(readFile(QStringLiteral("/proc/stat")));
        const double percent = cpuPercent(m_lastCpu, now);
        if (percent >= 0 || !m_lastCpu.valid()) {
            m_lastPercent = percent;
            m_lastCpu = now;
            m_lastSample.restart();
        }
    }
    const Memory memory = parseMeminfo(readFile(QStringLiteral("/proc/meminfo")));
    const QStorageInfo disk(diskPath());
    QJsonArray load;
    for (double value : parseLoadavg(readFile(QStringLiteral("/proc/loadavg"))))
        load.append(value);
    QJsonObject telemetry{
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("mem_total"), double(memory.total)},
        {QStringLiteral("mem_available"), double(memory.available)},
        {QStringLiteral("mem_used"),
         memory.total >= 0 && memory.available >= 0 ? double(memory.total - memory.available) : -1.0},
        {QStringLiteral("disk_total"), double(disk.bytesTotal())},
        {QStringLiteral("disk_free"), double(disk.bytesAvailable())},
        {QStringLiteral("load"), load},
    };
    if (m_lastPercent >= 0)
        telemetry.insert(QStringLiteral("cpu_percent"), m_lastPercent);
    return telemetry;
}

} // namespace fleet
