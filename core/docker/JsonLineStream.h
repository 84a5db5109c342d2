#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace fleet {

// Splits a streamed body of JSON objects (one per line, as /build, /images/load and /images/create send them)
// and finds the error the daemon reports inside it after answering 200.
class JsonLineStream final
{
public:
    using Handler = std::function<void(const QJsonObject &)>;
    explicit JsonLineStream(Handler handler = {});

    void feed(const char *data, qsizetype size);
    void finish(); // a last line without newline

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void handleLine(const QByteArray &line);

    Handler m_handler;
    QByteArray m_pending;
    QString m_error;
};

} // namespace fleet
