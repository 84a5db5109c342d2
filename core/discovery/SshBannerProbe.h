#pragma once

#include <QByteArray>
#include <QString>

namespace fleet {

// Reads an SSH server's identification string (RFC 4253 §4.2) from untrusted bytes. The server may send other
// lines first; the "SSH-…" line is at most 255 bytes with its CR LF. Memory is bounded whatever arrives: a
// "banner" of 1 MB without a newline is judged not-SSH after a few kilobytes, and the caller stops reading.
class SshBannerProbe
{
public:
    enum class Verdict { NeedMore, Ssh, NotSsh };

    static constexpr int kMaxIdentLine = 255; // RFC 4253, including CR LF
    static constexpr int kMaxOtherLine = 1024;
    static constexpr int kMaxPreamble = 8192; // all bytes before the identification line

    Verdict feed(const char *data, qsizetype size);
    Verdict finish(const QString &why); // the stream ended (EOF, reset, timeout): NotSsh unless already decided
    Verdict verdict() const { return m_verdict; }

    QString banner() const { return m_banner; } // "SSH-2.0-OpenSSH_9.2p1 Debian-2", printable ASCII only
    QString reason() const { return m_reason; } // why NotSsh, for the UNREACHABLE detail

    // Replaces bytes outside printable ASCII with '?': a banner is shown to people and stored.
    static QString printable(const QByteArray &bytes);

private:
    Verdict decide(Verdict verdict, const QString &reason = {});

    QByteArray m_line;
    qsizetype m_total = 0;
    Verdict m_verdict = Verdict::NeedMore;
    QString m_banner;
    QString m_reason;
};

} // namespace fleet
