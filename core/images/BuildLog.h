#pragma once

#include <QString>
#include <QStringList>

namespace fleet {

// The build's output as lines: the daemon sends text in arbitrary pieces ({"stream": …}), this joins them into
// lines, follows "Step n/m : INSTRUCTION", and keeps the whole log (its end, past a cap) and a short tail.
class BuildLog final
{
public:
    static constexpr qsizetype kMaxLog = 1 << 20;

    explicit BuildLog(int tailLines = 30);

    // Appends a piece of output; returns the lines it completed (terminal colour codes removed).
    QStringList addText(const QString &text);
    // Whatever is left without a final newline.
    QStringList finish();

    int step() const { return m_step; }
    int totalSteps() const { return m_total; }
    QString instruction() const { return m_instruction; }
    QStringList tail() const { return m_tail; }
    QString text() const { return m_log; }

    // "Step 3/5 : RUN make" → 3, 5, "RUN make".
    static bool parseStep(const QString &line, int *step, int *total, QString *instruction);

private:
    QString addLine(const QString &raw); // the line as kept

    int m_tailLines;
    QString m_pending;
    QString m_log;
    QStringList m_tail;
    int m_step = 0, m_total = 0;
    QString m_instruction;
};

} // namespace fleet
