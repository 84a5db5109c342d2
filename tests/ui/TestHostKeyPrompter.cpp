#include "HostKeyDialog.h"
#include "HostKeyPrompter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace fleet;

namespace {
const QString kHost = QStringLiteral("127.0.90.11");
const QString kKey = QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");

HostKeyDialog *openDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<HostKeyDialog *>(widget); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

QPushButton *button(QDialog *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}
} // namespace

class TestHostKeyPrompter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workerWaitsForTheDialogWhileTheUiRuns()
    {
        QWidget parent;
        HostKeyPrompter prompter(&parent);
        QSignalSpy asked(&prompter, &HostKeyPrompter::asked);
        auto confirm = prompter.callback();
        QFuture<bool> answer = QtConcurrent::run([confirm] { return confirm(kHost, kKey); });
        QTRY_VERIFY(openDialog()); // shown on the UI thread, which keeps running
        HostKeyDialog *dialog = openDialog();
        QCOMPARE(dialog->kind(), HostKeyDialog::Kind::Unknown);
        QCOMPARE(dialog->fingerprint(), kKey);
        QVERIFY(!answer.isFinished());
        QPushButton *refuse = button(dialog, QStringLiteral("Refuse"));
        QVERIFY(refuse && refuse->isDefault()); // a stray Enter does not trust a key
        button(dialog, QStringLiteral("Trust and connect"))->click();
        QTRY_VERIFY(answer.isFinished());
        QVERIFY(answer.result());
        QCOMPARE(asked.count(), 1);
    }

    void refusalAndConcurrentQuestionsShareOneDialog()
    {
        QWidget parent;
        HostKeyPrompter prompter(&parent);
        int hooks = 0;
        prompter.setAnswerHook([&hooks](const QString &host, const QString &key) {
            ++hooks;
            return host == kHost && key == QStringLiteral("SHA256:trusted");
        });
        auto confirm = prompter.callback();
        QFuture<bool> refused = QtConcurrent::run([confirm] { return confirm(kHost, kKey); });
        QTRY_VERIFY(refused.isFinished());
        QVERIFY(!refused.result());
        QFuture<bool> trusted = QtConcurrent::run([confirm] { return confirm(kHost, QStringLiteral("SHA256:trusted")); });
        QTRY_VERIFY(trusted.isFinished());
        QVERIFY(trusted.result());
        QCOMPARE(hooks, 2);
    }

    void neverBlocksTheUiThread()
    {
        QWidget parent;
        HostKeyPrompter prompter(&parent);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!prompter.confirm(kHost, kKey)); // on the UI thread: refused at once
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!openDialog());
    }

    void changedKeyIsRefusedWithExplanation()
    {
        HostKeyDialog dialog(HostKeyDialog::Kind::Changed, kHost, kKey);
        QVERIFY(!button(&dialog, QStringLiteral("Trust and connect")));
        const auto box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(box->button(QDialogButtonBox::Close));
        // No way to connect from here: Close, and Forget old key (then the next connection asks about the new key).
        QCOMPARE(box->buttons().size(), 2);
        for (QAbstractButton *b : box->buttons())
            QVERIFY(box->buttonRole(b) != QDialogButtonBox::AcceptRole && box->buttonRole(b) != QDialogButtonBox::YesRole);
        QVERIFY(button(&dialog, QStringLiteral("Forget old key")));
        QVERIFY(dialog.explanation().contains(QStringLiteral("fleetctl trust")));
        QVERIFY(dialog.explanation().contains(QStringLiteral("--forget")));
        QVERIFY(dialog.explanation().contains(QStringLiteral("intercept")));
        bool shown = false;
        for (QWidget *child : dialog.findChildren<QWidget *>())
            if (auto *label = qobject_cast<QLabel *>(child); label && label->text() == kKey)
                shown = true;
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestHostKeyPrompter)
#include "TestHostKeyPrompter.moc"
