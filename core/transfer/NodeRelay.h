#pragma once

#include "model/Job.h"
#include "ssh/EphemeralKey.h"
#include "transfer/NodeRelayReport.h"
#include "transfer/NodeRelayScript.h"
#include "transfer/SaveFanout.h"

#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace fleet {

// `push --relay`: the image crosses the workstation's link once. The jobs of a batch meet here; their nodes form a
// chain — the workstation streams to the first, each node tees the stream into its own `docker load` and over SSH
// into the next (NodeRelayScript). Nodes log into each other with a key made for this push alone (EphemeralKey),
// accepted only for the relay's receiver and removed by every job when it is done; they check each other's host
// keys against the ones the workstation checked. Every job still does its own checks before and its own run and
// health after, over its own connection; a node the chain did not reach (a member before it failed, the stream was
// cut) is sent the image on its own, the ordinary way.
//
// The steps, each a meeting point for the batch's jobs (on their worker threads):
//   join()  → a seat once every expected job joined or withdrew (or gatherMs after the first join);
//   ready() → after setting its node up: its role once every seated job reported;
//   head: progress() while streaming, finish() once the receiver ended; others: await() the head's finish.
class NodeRelay final
{
public:
    struct Settings
    {
        QString id;        // names the nodes' files and key lines (NodeRelayScript::validId)
        int expected = 1;  // jobs that will join or withdraw
        int gatherMs = 10000;
        int readyMs = 60000; // a member's setup may take this long
        WireCompression compress = WireCompression::Auto;
    };

    // What a job knows of its node when it joins.
    struct Candidate
    {
        QString node;
        int order = 0;     // its place in the request: the chain follows it
        RelayMember reach; // index is given by the relay
        bool hasZstd = false;
        bool layersKnown = false;
        bool containerdStore = false;
        QSet<QString> chainIds;
    };

    struct Seat
    {
        int self = 0;
        QList<RelayMember> members; // every seat's, the receiver's table
        QByteArray privateKey;      // for the node's stdin only
        QString publicKey;
    };

    enum class Role { Alone, Head, Member };
    struct Start
    {
        Role role = Role::Alone;
        QList<int> rest;           // head: the members after it, in order
        bool zstd = false;         // the stream is zstd frames
        QSet<QString> sharedChainIds; // layers every member of the chain holds: left out of the stream
        QString headNode;
        int position = 0;          // 1-based place in the chain
        int length = 0;
    };

    struct Outcome
    {
        bool reached = false;        // its receiver ran to the end and reported
        bool streamComplete = false; // the head sent every byte
        NodeRelayReport::Member result;
        QString why; // when not reached: what the member before it said, or why the stream stopped
    };

    explicit NodeRelay(Settings settings);
    ~NodeRelay();
    Q_DISABLE_COPY_MOVE(NodeRelay)

    const QString &id() const { return m_settings.id; }
    // Null: the chain formed without this job, or it would be alone, or its key could not be made (`why`).
    std::optional<Seat> join(const Candidate &candidate, const std::function<bool()> &stopped, QString *why);
    void withdraw();
    // Setup done (ok) or failed; `canForward`: the node has ssh, mkfifo and GNU tee.
    Start ready(int self, bool ok, bool canForward, const std::function<bool()> &stopped);
    // A seated job that leaves before ready() (cancelled, failed): counts as not ready.
    void leave(int self);

    // The engine's save, begun by the first job to join (Docker ≤ 24 exports the whole image before its first
    // byte: that time passes while the chain is set up); the head streams from it. Later calls do nothing.
    void beginSave(const QString &dockerHost, const QString &reference);
    // The head's: the early save's share (null: none, save as usual). Dropped once no chain formed.
    std::shared_ptr<SaveFanout::Share> takeSave();

    void progress(qint64 sent) { m_sent = sent; }
    void finish(const NodeRelayReport &report, bool streamComplete, const QString &why);
    // A member's wait for the head; `onProgress` gets the head's bytes sent every ~200 ms.
    Outcome await(int self, const std::function<bool()> &stopped, const std::function<void(qint64)> &onProgress);
    // The outcome for a member from the head's report (the head uses it for itself too).
    Outcome outcomeFor(int self) const;

private:
    void formChain(); // under m_mutex, once every seat reported (or time is up)

    struct Entry
    {
        Candidate candidate;
        bool reported = false;
        bool ok = false;
        bool canForward = false;
    };

    Settings m_settings;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<Entry> m_entries; // seat i+1
    int m_withdrawn = 0;
    bool m_seated = false;  // join phase over
    bool m_formed = false;  // ready phase over
    bool m_finished = false;
    std::optional<std::chrono::steady_clock::time_point> m_firstJoin;
    std::optional<std::chrono::steady_clock::time_point> m_seatedAt;
    EphemeralKey m_key;
    QString m_keyError;
    QList<int> m_chain;  // seats in chain order
    Start m_template;    // zstd, shared layers, head
    NodeRelayReport m_report;
    bool m_streamComplete = false;
    QString m_finishWhy;
    std::atomic<qint64> m_sent{0};
    std::shared_ptr<SaveFanout> m_save;
    std::shared_ptr<SaveFanout::Share> m_saveShare;
};

} // namespace fleet
