#pragma once

#include <QByteArray>
#include <QString>

namespace fleet {

// Follows a tar stream block by block as it passes (the Engine's `docker save` output), holding only a header
// and a small tail: header checksums, entry sizes, the two zero blocks that end an archive. dockerd answers a
// save 200 before it has read every layer; when the export fails after the first bytes went out, it appends
// {"errorDetail":…,"error":…} to the stream and ends it. Without this check such a stream passes for an
// archive (and gets a matching sha256 in a store). A stream that is not a tar, ends early or carries anything
// but zeros after its end is refused, with the Engine's own words when it sent any.
class TarStreamCheck final
{
public:
    static constexpr qint64 kBlock = 512;

    // The next bytes of the stream. False once it is known to be broken: pass nothing more on. Feeding may go on
    // (a little) so that an error message sent after the break is caught for problem().
    bool feed(const char *data, qint64 size);
    // The stream ended: true when a whole archive arrived.
    bool finish();

    bool broken() const { return m_state == State::Broken; }
    // How many bytes from the start are known to be tar so far: headers whose checksum matched, the data they
    // announce, the end blocks. The bytes of a header still being collected are not yet among them.
    qint64 checked() const { return m_offset; }
    // Why it is not an archive (after feed() or finish() said false); the Engine's message when it sent one.
    QString problem() const;
    QString engineMessage() const; // the "error" of a trailing {"errorDetail":…} line; empty when none
    // Once broken: whether more bytes would still be worth reading for the message.
    bool wantsMore() const { return m_state == State::Broken && m_afterBreak < kMaxAfterBreak; }

private:
    enum class State { Header, Content, End, Broken };
    static constexpr qint64 kMaxAfterBreak = 64 * 1024;
    static constexpr qsizetype kTail = 8 * 1024;

    void header(const char *block);
    void breakWith(const QString &why);
    void keepTail(const char *data, qint64 size);

    State m_state = State::Header;
    QByteArray m_block;      // a header (or end block) being collected
    qint64 m_contentLeft = 0; // bytes of the current entry's data and padding still to come
    QString m_entry;          // the name of the current entry, for messages
    int m_zeroBlocks = 0;
    qint64 m_offset = 0;      // bytes checked
    qint64 m_afterBreak = 0;
    QByteArray m_tail;        // the last bytes seen: where an error message would be
    QString m_why;
};

} // namespace fleet
