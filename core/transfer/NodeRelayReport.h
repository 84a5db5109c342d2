#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace fleet {

// What the members of a relay chain said about themselves on the head's stdout (see NodeRelayScript): untrusted
// text from nodes, so lines are capped, unknown ones are skipped and each member's words are bounded.
class NodeRelayReport final
{
public:
    struct Member
    {
        bool finished = false; // its load ended and said so ("rc")
        int exitStatus = -1;
        QString output;        // the load's last lines
        int next = 0;          // the member it passed the stream to (0: none reported)
        int hopStatus = -1;    // how that ssh ended (0: the next member took the whole stream)
        QString hopError;      // ssh's words when it did not
    };

    static constexpr int kMaxIndex = 4096;
    static constexpr int kMaxText = 3000; // per member and field

    static NodeRelayReport parse(const QByteArray &text);

    bool has(int index) const { return m_members.contains(index); }
    Member member(int index) const { return m_members.value(index); }
    const QMap<int, Member> &members() const { return m_members; }

private:
    QMap<int, Member> m_members;
};

} // namespace fleet
