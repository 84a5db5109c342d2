#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace fleet {

// Just enough of a Dockerfile to check it before a build: its instructions (continuations joined, comments
// dropped) and the images its FROM lines pull, with global ARGs and build args substituted. Not a builder:
// the daemon parses it for real.
class Dockerfile final
{
public:
    static constexpr const char *kFileName = "Dockerfile";

    struct Instruction
    {
        int line = 0;    // where it starts, 1-based
        QString keyword; // upper case: FROM, RUN…
        QString arguments;
    };

    struct BaseImage
    {
        int line = 0;
        QString written;  // as in the file: "${REGISTRY}/base:1.0"
        QString resolved; // after substitution: "localhost:5000/base:1.0"
        QString missingVariable; // non-empty when a variable had no value
    };

    static Dockerfile parse(const QByteArray &content);

    const QList<Instruction> &instructions() const { return m_instructions; }
    bool hasFrom() const;
    // The images FROM pulls: not `scratch`, not an earlier stage's name.
    QList<BaseImage> baseImages(const QMap<QString, QString> &buildArgs = {}) const;

    // ${VAR}, $VAR, ${VAR:-default}, ${VAR:+alternative}; `missing` receives the first unset variable.
    static QString substitute(const QString &text, const QMap<QString, QString> &values, QString *missing);

private:
    QList<Instruction> m_instructions;
};

} // namespace fleet
