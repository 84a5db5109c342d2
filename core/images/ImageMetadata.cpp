#include "images/ImageMetadata.h"

#include "images/ImageReference.h"
#include "images/SemanticVersion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace fleet {

namespace {

constexpr const char *kFile = "image.json";
constexpr int kMaxDisplayName = 80;
constexpr int kMaxCategory = 40;
constexpr qint64 kMinMemory = 6 << 20; // Docker refuses containers with less

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined: return QStringLiteral("nothing (the field is missing)");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble());
    case QJsonValue::String: return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    }
    return QString();
}

class Checker
{
public:
    Checker(const QJsonObject &object, QList<DefinitionProblem> *problems)
        : m_object(object)
        , m_problems(problems)
    {
    }

    void add(const QString &field, const QString &expected, const QString &found)
    {
        m_problems->append(DefinitionProblem{QString::fromLatin1(kFile), field, 0, expected, found});
    }
    void add(const QString &field, const QString &expected) { add(field, expected, describe(value(field))); }
    QJsonValue value(const QString &field) const { return m_object.value(field); }
    bool has(const QString &field) const { return m_object.contains(field); }

    // A required (or, when present, optional) non-empty string of at most `max` characters.
    QString text(const QString &field, bool required, int max, const QString &expected)
    {
        const QJsonValue v = value(field);
        if (!required && v.isUndefined())
            return QString();
        const QString s = v.toString().trimmed();
        if (!v.isString() || s.isEmpty() || (max > 0 && s.size() > max))
            add(field, expected, v.isString() && s.size() > max ? QStringLiteral("%1 characters").arg(s.size())
                                                                 : describe(v));
        return s;
    }

private:
    QJsonObject m_object;
    QList<DefinitionProblem> *m_problems;
};

} // namespace

const QStringList &ImageMetadata::knownFields()
{
    static const QStringList fields{QStringLiteral("name"),         QStringLiteral("display_name"),
                                    QStringLiteral("description"),  QStringLiteral("category"),
                                    QStringLiteral("tags"),         QStringLiteral("version"),
                                    QStringLiteral("gpu_required"), QStringLiteral("cpu_limit"),
                                    QStringLiteral("mem_limit"),    QStringLiteral("platform"),
                                    QStringLiteral("l4t"),          QStringLiteral("cuda")};
    return fields;
}

qint64 ImageMetadata::parseMemory(const QString &text, bool *ok)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)\\s*([bkmg]?)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    *ok = m.hasMatch();
    if (!*ok)
        return 0;
    const QChar unit = m.captured(2).toLower().isEmpty() ? QLatin1Char('b') : m.captured(2).toLower().front();
    const int shift = unit == QLatin1Char('k') ? 10 : unit == QLatin1Char('m') ? 20 : unit == QLatin1Char('g') ? 30 : 0;
    const double bytes = m.captured(1).toDouble() * double(qint64(1) << shift);
    if (!(bytes <= 9.0e18)) { // llround of more than qint64 holds is undefined ("99999999999999999999g")
        *ok = false;
        return 0;
    }
    return qint64(std::llround(bytes));
}

ImageMetadata ImageMetadata::fromJson(const QByteArray &json, QList<DefinitionProblem> *problems)
{
    ImageMetadata m;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        problems->append(DefinitionProblem{
            QString::fromLatin1(kFile), QString(), 0, QStringLiteral("a JSON object"),
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("invalid JSON at byte %1 (%2)").arg(parseError.offset).arg(parseError.errorString())
                : QStringLiteral("a JSON value that is not an object")});
        return m;
    }
    const QJsonObject object = document.object();
    Checker c(object, problems);
    QString why;

    m.name = c.text(QStringLiteral("name"), true, 0, QStringLiteral("a lowercase repository name such as tools/hello"));
    if (!m.name.isEmpty()) {
        const ImageReference r = ImageReference::parse(m.name);
        if (!r.isValid())
            c.add(QStringLiteral("name"), QStringLiteral("a lowercase repository name such as tools/hello"),
                  QStringLiteral("\"%1\" (%2)").arg(m.name, r.error()));
        else if (r.hasTag() || r.hasDigest())
            c.add(QStringLiteral("name"), QStringLiteral("a repository name without tag or digest (the tag comes "
                                                         "from \"version\")"),
                  QStringLiteral("\"%1\"").arg(m.name));
    }
    m.displayName = c.text(QStringLiteral("display_name"), true, kMaxDisplayName,
                           QStringLiteral("a non-empty string of at most %1 characters").arg(kMaxDisplayName));
    m.description = c.text(QStringLiteral("description"), true, 0, QStringLiteral("a non-empty string"));
    m.category = c.text(QStringLiteral("category"), true, kMaxCategory,
                        QStringLiteral("a non-empty string of at most %1 characters").arg(kMaxCategory));

    m.version = c.text(QStringLiteral("version"), true, 0, QStringLiteral("a semantic version such as 1.0.0"));
    if (!m.version.isEmpty() && !SemanticVersion::isValidTag(m.version, &why))
        c.add(QStringLiteral("version"), QStringLiteral("a semantic version MAJOR.MINOR.PATCH such as 1.0.0"),
              QStringLiteral("\"%1\" (%2)").arg(m.version, why));

    if (c.has(QStringLiteral("tags"))) {
        const QJsonValue v = c.value(QStringLiteral("tags"));
        bool good = v.isArray();
        for (const QJsonValue &t : v.toArray()) {
            good = good && t.isString() && !t.toString().trimmed().isEmpty() && t.toString().size() <= kMaxCategory;
            m.tags << t.toString().trimmed();
        }
        if (!good)
            c.add(QStringLiteral("tags"), QStringLiteral("an array of non-empty keywords (at most %1 characters each)")
                                              .arg(kMaxCategory),
                  v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                              : describe(v));
    }
    if (c.has(QStringLiteral("gpu_required"))) {
        const QJsonValue v = c.value(QStringLiteral("gpu_required"));
        if (!v.isBool())
            c.add(QStringLiteral("gpu_required"), QStringLiteral("true or false"));
        m.gpuRequired = v.toBool();
    }
    if (c.has(QStringLiteral("cpu_limit"))) {
        const QJsonValue v = c.value(QStringLiteral("cpu_limit"));
        m.cpuLimit = v.toDouble();
        if (!v.isDouble() || !(m.cpuLimit > 0) || m.cpuLimit > 1024)
            c.add(QStringLiteral("cpu_limit"), QStringLiteral("a number of CPUs above 0 (e.g. 2 or 0.5)"));
    }
    if (c.has(QStringLiteral("mem_limit"))) {
        const QJsonValue v = c.value(QStringLiteral("mem_limit"));
        bool ok = false;
        m.memLimit = v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
        m.memLimitBytes = (v.isString() || v.isDouble()) ? parseMemory(m.memLimit, &ok) : 0;
        if (!ok || m.memLimitBytes < kMinMemory)
            c.add(QStringLiteral("mem_limit"), QStringLiteral("a memory size of at least 6m such as \"512m\" or "
                                                              "\"2g\" (units b, k, m, g)"));
    }
    if (c.has(QStringLiteral("platform"))) {
        static const QRegularExpression platform(
            QStringLiteral("^(linux|windows)/(amd64|arm64|arm|386|ppc64le|s390x|riscv64|mips64le)(/[a-z0-9]+)?$"));
        m.platform = c.value(QStringLiteral("platform")).toString();
        if (!platform.match(m.platform).hasMatch())
            c.add(QStringLiteral("platform"), QStringLiteral("OS/ARCH[/VARIANT] such as \"linux/amd64\" or "
                                                             "\"linux/arm64\""));
    }
    static const QRegularExpression release(QStringLiteral("^R?[0-9]{1,3}(\\.[0-9]{1,3}){0,2}$"));
    for (const char *key : {"l4t", "cuda"}) {
        const QString field = QLatin1String(key);
        if (!c.has(field))
            continue;
        const QString value = c.value(field).toString();
        if (!release.match(value).hasMatch() || (field == QLatin1String("cuda") && value.startsWith(QLatin1Char('R'))))
            c.add(field, field == QLatin1String("l4t") ? QStringLiteral("an L4T release such as \"R35.4.1\"")
                                                       : QStringLiteral("a CUDA version such as \"11.4\""));
        (field == QLatin1String("l4t") ? m.l4t : m.cuda) = value;
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!knownFields().contains(it.key()))
            c.add(it.key(), QStringLiteral("one of the known fields (%1); a misspelt field would be ignored")
                                .arg(knownFields().join(QStringLiteral(", "))),
                  QStringLiteral("an unknown field"));
    return m;
}

QJsonObject ImageMetadata::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("display_name"), displayName},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("category"), category},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("gpu_required"), gpuRequired}};
    if (cpuLimit > 0)
        o.insert(QStringLiteral("cpu_limit"), cpuLimit);
    if (!memLimit.isEmpty())
        o.insert(QStringLiteral("mem_limit"), memLimit);
    if (!platform.isEmpty())
        o.insert(QStringLiteral("platform"), platform);
    if (!l4t.isEmpty())
        o.insert(QStringLiteral("l4t"), l4t);
    if (!cuda.isEmpty())
        o.insert(QStringLiteral("cuda"), cuda);
    return o;
}

QMap<QString, QString> ImageMetadata::labels() const
{
    QMap<QString, QString> l;
    l.insert(QStringLiteral("org.opencontainers.image.title"), displayName);
    l.insert(QStringLiteral("org.opencontainers.image.description"), description);
    l.insert(QStringLiteral("org.opencontainers.image.version"), version);
    l.insert(QStringLiteral("io.fleetcommander.category"), category);
    l.insert(QStringLiteral("io.fleetcommander.gpu-required"), gpuRequired ? QStringLiteral("true")
                                                                           : QStringLiteral("false"));
    if (!tags.isEmpty())
        l.insert(QStringLiteral("io.fleetcommander.tags"), tags.join(QLatin1Char(',')));
    if (cpuLimit > 0)
        l.insert(QStringLiteral("io.fleetcommander.cpu-limit"), QString::number(cpuLimit));
    if (!memLimit.isEmpty())
        l.insert(QStringLiteral("io.fleetcommander.mem-limit"), memLimit);
    if (!l4t.isEmpty())
        l.insert(QStringLiteral("io.fleetcommander.l4t"), l4t);
    if (!cuda.isEmpty())
        l.insert(QStringLiteral("io.fleetcommander.cuda"), cuda);
    return l;
}

} // namespace fleet
