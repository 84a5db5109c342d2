#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

namespace fleet {

// Reads what the agent reports about its own machine from /proc, /etc/os-release, uname and statvfs, and
// from nvidia-smi or tegrastats when present. Runs on the agent; the parsers are static so tests can feed
// them sample files.
class NodeFactsCollector final
{
public:
    struct CpuTimes
    {
        quint64 idle = 0;  // idle + iowait
        quint64 total = 0; // every field of the "cpu" line
        bool valid() const { return total > 0; }
    };
    struct Memory
    {
        qint64 total = -1;     // bytes
        qint64 available = -1; // bytes (MemAvailable, else free + buffers + cached)
    };

    NodeFactsCollector();

    // The path whose file system "disk" reports: the docker data root when known.
    void setDiskPath(const QString &path) { m_diskPath = path; }
    QString diskPath() const;

    // What does not change while the agent runs: host name, OS, kernel, arch, CPUs, memory, disk, GPU.
    QJsonObject hostFacts();
    // One telemetry sample: CPU % since the previous sample, memory, disk, load.
    QJsonObject sample();

    static QString parseOsRelease(const QByteArray &text); // PRETTY_NAME, else NAME VERSION_ID
    static Memory parseMeminfo(const QByteArray &text);
    static CpuTimes parseProcStat(const QByteArray &text);
    static double cpuPercent(const CpuTimes &before, const CpuTimes &after); // -1 if not computable
    static QList<double> parseLoadavg(const QByteArray &text);
    static QString parseNvidiaSmi(const QByteArray &csv); // "NVIDIA A100-SXM4-40GB (x2)"

private:
    static QByteArray readFile(const QString &path, qint64 max = 1 << 20);
    static QString detectGpu();

    QString m_diskPath;
    CpuTimes m_lastCpu;
    QElapsedTimer m_lastSample;
    double m_lastPercent = -1;
    QString m_gpu;
    bool m_gpuDetected = false;
};

} // namespace fleet
