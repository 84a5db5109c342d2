#include "NotificationArea.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace fleet;

class TestNotificationArea final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsCauseAndFixOnceAndCloses()
    {
        NotificationArea area;
        QVERIFY(area.isHidden());
        area.notify(NotificationArea::Severity::Error, QStringLiteral("Push to n1 failed"),
                    QStringLiteral("disk full on n1. Free space in /var/lib/docker."));
        area.notify(NotificationArea::Severity::Error, QStringLiteral("Push to n1 failed"),
                    QStringLiteral("disk full on n1. Free space in /var/lib/docker."));
        QCOMPARE(area.count(), 1); // the same problem is shown once
        QVERIFY(!area.isHidden());
        bool found = false;
        for (QLabel *label : area.findChildren<QLabel *>())
            found = found || label->text().contains(QStringLiteral("Free space in /var/lib/docker."));
        QVERIFY(found);
        QToolButton *close = area.findChild<QToolButton *>();
        QVERIFY(!close->accessibleName().isEmpty());
        close->click();
        QCOMPARE(area.count(), 0);
        QVERIFY(area.isHidden());
    }

    void keepsTheNewestFew()
    {
        NotificationArea area;
        for (int i = 0; i < 7; ++i)
            area.notify(NotificationArea::Severity::Warning, QStringLiteral("w%1").arg(i), QStringLiteral("t"));
        QCOMPARE(area.count(), NotificationArea::kMaxVisible);
        QCOMPARE(area.titles().first(), QStringLiteral("w3"));
        QCOMPARE(area.titles().last(), QStringLiteral("w6"));
        area.clearAll();
        QCOMPARE(area.count(), 0);
    }
};

QTEST_MAIN(TestNotificationArea)
#include "TestNotificationArea.moc"
