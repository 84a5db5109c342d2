#include "util/TerminalText.h"

#include <QTest>

using namespace fleet;

// terminalSafe: what a node, an agent or an archive sends cannot drive the terminal it is printed on.
class TestTerminalText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Loaded image: app:1.0.0") << QStringLiteral("Loaded image: app:1.0.0");
        QTest::newRow("unicode kept") << QStringLiteral("Größe — 東京 ✓ 🚀 e\u0301") << QStringLiteral("Größe — 東京 ✓ 🚀 e\u0301");
        QTest::newRow("colour") << QStringLiteral("\x1b[31mred\x1b[0m") << QStringLiteral("red");
        QTest::newRow("cursor and erase") << QStringLiteral("ok\x1b[2K\x1b[1A\x1b[?25lfake")
                                          << QStringLiteral("okfake");
        QTest::newRow("window title (BEL)") << QStringLiteral("a\x1b]0;pwned\x07" "b") << QStringLiteral("ab");
        QTest::newRow("hyperlink (ST)") << QStringLiteral("\x1b]8;;http://127.0.0.1/\x1b\\link\x1b]8;;\x1b\\")
                                        << QStringLiteral("link");
        QTest::newRow("unterminated OSC") << QStringLiteral("x\x1b]52;c;Y2xpcGJvYXJk") << QStringLiteral("x");
        QTest::newRow("DCS") << QStringLiteral("a\x1bP+q544e\x1b\\b") << QStringLiteral("ab");
        QTest::newRow("APC") << QStringLiteral("a\x1b_hidden\x1b\\b") << QStringLiteral("ab");
        QTest::newRow("reset") << QStringLiteral("a\x1b" "cb") << QStringLiteral("ab");
        QTest::newRow("charset") << QStringLiteral("a\x1b(0b\x1b(Bc") << QStringLiteral("abc");
        QTest::newRow("C1 CSI") << QStringLiteral("a\u009b31mb") << QStringLiteral("ab");
        QTest::newRow("C1 OSC") << QStringLiteral("a\u009d0;t\u009cb") << QStringLiteral("ab");
        QTest::newRow("lone ESC at the end") << QStringLiteral("a\x1b") << QStringLiteral("a\\x1b");
        QTest::newRow("ESC then a control") << QStringLiteral("a\x1b\x01") << QStringLiteral("a\\x1b\\x01");
        QTest::newRow("carriage return") << QStringLiteral("safe\rEVIL") << QStringLiteral("safe\\x0dEVIL");
        QTest::newRow("backspace and bell") << QStringLiteral("ab\bc\x07") << QStringLiteral("ab\\x08c\\x07");
        QTest::newRow("NUL and DEL") << QString::fromLatin1("a\0b\x7f", 4) << QStringLiteral("a\\x00b\\x7f");
        QTest::newRow("other C1") << QStringLiteral("a\u0085b\u008ec") << QStringLiteral("a\\x85b\\x8ec");
        QTest::newRow("newline and tab dropped by default") << QStringLiteral("a\nb\tc") << QStringLiteral("a\\x0ab\\x09c");
        QTest::newRow("bidi override") << QStringLiteral("abc\u202Etxt.exe") << QStringLiteral("abc\\u202etxt.exe");
        QTest::newRow("bidi isolate") << QStringLiteral("\u2066x\u2069") << QStringLiteral("\\u2066x\\u2069");
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("x")
                                        << QString(QChar(QChar::ReplacementCharacter)) + QStringLiteral("x");
        QTest::newRow("CSI cut by a control") << QStringLiteral("a\x1b[3\nb") << QStringLiteral("a\\x0ab");
    }

    void neutralises()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(terminalSafe(input), expected);
    }

    void keepsNewlinesAndTabsWhenAsked()
    {
        const QString text = QStringLiteral("line 1\n\tline 2\x1b[31m\r\n");
        QCOMPARE(terminalSafe(text, TerminalKeep::Newlines), QStringLiteral("line 1\n\\x09line 2\\x0d\n"));
        QCOMPARE(terminalSafe(text, TerminalKeep::Newlines | TerminalKeep::Tabs),
                 QStringLiteral("line 1\n\tline 2\\x0d\n"));
        QCOMPARE(terminalSafe(text, TerminalKeep::Tabs), QStringLiteral("line 1\\x0a\tline 2\\x0d\\x0a"));
    }

    void resultHasNoControlCharacters()
    {
        // Whatever comes in, nothing below U+0020 (except kept newlines) and no ESC/C1 goes out.
        QString all;
        for (char16_t c = 0; c < 0x100; ++c)
            all += QChar(c);
        all += all;
        const QString out = terminalSafe(all, TerminalKeep::Newlines);
        for (const QChar ch : out)
            QVERIFY2(ch == QLatin1Char('\n') || (ch.unicode() >= 0x20 && ch.unicode() != 0x7f
                                                 && !(ch.unicode() >= 0x80 && ch.unicode() < 0xa0)),
                     qPrintable(QString::number(ch.unicode(), 16)));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "TestTerminalText.moc"
