#pragma once

#include <QList>
#include <QString>

namespace fleet {

// One node of a relay chain, as the workstation reaches it (the same address, port, account and host key the
// workstation checked: a node connects to the next one the way the workstation would).
struct RelayMember
{
    int index = 0; // its number in the chain's table (1…N), stable while the chain is set up
    QString host;
    quint16 port = 22;
    QString user;
    QString hostKey; // "ssh-ed25519 AAAA…"
};

// The shell side of the node relay (see NodeRelay). Every member gets a private directory
// `${TMPDIR:-/tmp}/fleet-relay-ID` (created 0700, refused if it exists) with the push's key, a known_hosts file of
// the chain's host keys and a receiver script, plus one line in the authorized_keys file its sshd reads
// ($FLEET_AUTHORIZED_KEYS, else ~/.ssh/authorized_keys) that lets that key run the receiver and nothing else
// (`restrict`, a forced command, an expiry an hour ahead should the teardown never come). The receiver loads what
// arrives on stdin and, when more members follow, tees it into `ssh` to the next one, whose receiver does the
// same; the list of the members still to come travels as the SSH command (digits only: checked before use).
// $FLEET_RELAY_BIND on a node names the address its relay connections leave from (a node with a cluster network).
// Each receiver ends with lines for the workstation (see NodeRelayReport):
//   fleet-relay K out TEXT        (docker load's last output)
//   fleet-relay K hoperr TEXT     (ssh's words when the next member could not be reached)
//   fleet-relay K hop NEXT RC     (how the stream to the next member ended)
//   fleet-relay K rc RC           (docker load's exit status)
// Nothing here is run: the commands are strings for SshSession.
namespace NodeRelayScript {

// A push ID fit for a file name and a marker: letters, digits and '-', 8…64 of them.
bool validId(const QString &id);

// Sets member `self` up: reads the private key from stdin; `loadCommand`: its runtime's `load` (RuntimeCommand);
// `publicKey`: "ssh-ed25519 AAAA…" (no comment: the line's marker is added). Prints "fleet-relay-setup ok forward yes|no" last
// (no: it lacks ssh, mkfifo or GNU tee's -p, so it can only be the chain's end).
QString setupCommand(const QString &id, int self, const QList<RelayMember> &members, const QString &loadCommand,
                     const QString &publicKey);
// What the workstation runs on the chain's head, the stream on its stdin; `rest`: the members after it, in order;
// `zstd`: the stream is zstd frames (every member decompresses before its load).
QString receiveCommand(const QString &id, bool zstd, const QList<int> &rest);
// Stops the member's own `docker load` (its job was cancelled); the stream goes on to the members after it.
QString stopLoadCommand(const QString &id);
// Removes the directory (key included) and the member's authorized_keys line; exits 0 only when both are gone.
QString teardownCommand(const QString &id, int self);

// The chain's host keys in known_hosts form ("host key", "[host]:port key").
QString knownHosts(const QList<RelayMember> &members);
// The receiver script of member `self` (exposed for tests).
QString receiverScript(const QString &id, int self, const QList<RelayMember> &members, const QString &loadCommand);
// The marker that names member `self`'s authorized_keys line.
QString keyMarker(const QString &id, int self);

} // namespace NodeRelayScript

} // namespace fleet
