#pragma once

#include "ImageLibraryModel.h"
#include "ssh/SshOptions.h"

#include <QObject>
#include <QTimer>
#include <QStringList>

#include <memory>

namespace fleet {

class AgentActions;
class HistoryReader;
class HostKeyPrompter;
class JobRunner;
class MainWindow;
class TelemetryMonitor;

// The core objects around one main window and the connections between them: the history reader (last-known
// fleet, History tab), the history scans are recorded in, the job runner (pushes, with trust-on-first-use host keys asked in a
// dialog), the image lister (local engine and catalog, on a worker), the builder's settings, the agent actions
// and the live telemetry of ONLINE nodes. The program and the lab ui test use this same
// wiring; no logic of its own.
class DesktopSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopSession)

public:
    struct Options
    {
        QString dbPath;
        QString dockerHost;
        QString sshUser;
        SshOptions ssh; // the unknown-host-key policy is set to Ask here
        QStringList scanTargets; // suggestions for the scan dialog
        QStringList scanSources; // and its sources ("ssh_config", "known_hosts") when no scan saved a choice
        bool readOnly = false;   // --screenshot: read the history and the engine, run nothing
    };

    DesktopSession(Options options, MainWindow *window, QObject *parent = nullptr);
    ~DesktopSession() override;

    JobRunner *runner() const { return m_runner.get(); }
    HistoryReader *reader() const { return m_reader.get(); }
    HostKeyPrompter *prompter() const { return m_prompter.get(); }
    AgentActions *agents() const { return m_agents.get(); }
    TelemetryMonitor *telemetry() const { return m_telemetry.get(); }

    // The local engine's images and version, with the catalog's metadata from `dbPath`; blocking (call on a
    // worker).
    static ImageListing listImages(const QString &dockerHost, const QString &dbPath = {});

private:
    void watchOnlineNodes();

    Options m_options;
    MainWindow *m_window;
    std::unique_ptr<HistoryReader> m_reader;
    std::unique_ptr<HostKeyPrompter> m_prompter;
    std::unique_ptr<AgentActions> m_agents;
    std::unique_ptr<TelemetryMonitor> m_telemetry;
    QTimer *m_watchTimer = nullptr;
    std::unique_ptr<JobRunner> m_runner; // declared last: its workers stop before the prompter goes
};

} // namespace fleet
