// One undo command per user action: doing, undoing and redoing each gives back exactly the same StoreData.
#include "core/policystore.h"
#include "samplestore.h"
#include "storeops.h"
#include "undocommands.h"

#include <QTest>
#include <QUndoStack>
#include <functional>

using namespace ipsec;

using CommandFactory = std::function<StoreCommand *(PolicyStore &store, const StoreData &data)>;
Q_DECLARE_METATYPE(CommandFactory)

class TestUndoCommands : public QObject {
    Q_OBJECT
private slots:
    void doUndoRedoGivesTheSameStore_data()
    {
        QTest::addColumn<CommandFactory>("make");
        QTest::addColumn<bool>("changesTheStore");

        QTest::newRow("adding a filter list") << CommandFactory([](PolicyStore &s, const StoreData &) {
            FilterList l;
            l.name = QStringLiteral("new list");
            return new AddFilterListCommand(&s, {}, l);
        }) << true;
        QTest::newRow("adding a filter in the middle of a list")
            << CommandFactory([](PolicyStore &s, const StoreData &d) {
                   return new AddFilterCommand(&s, d.filterLists[0].id,
                                               test::makeFilter(QStringLiteral("f"), "10.2.2.2"), 1);
               })
            << true;
        QTest::newRow("adding a filter action") << CommandFactory([](PolicyStore &s, const StoreData &) {
            FilterAction a;
            a.name = QStringLiteral("Block all");
            a.action = ActionKind::Block;
            return new AddFilterActionCommand(&s, {}, a);
        }) << true;
        QTest::newRow("adding a policy") << CommandFactory([](PolicyStore &s, const StoreData &) {
            Policy p;
            p.name = QStringLiteral("Fresh");
            return new AddPolicyCommand(&s, {}, p);
        }) << true;
        QTest::newRow("adding a rule") << CommandFactory([](PolicyStore &s, const StoreData &d) {
            Rule r;
            r.name = QStringLiteral("r");
            r.filterList = d.filterLists[1].id;
            r.filterAction = d.filterActions[1].id;
            return new AddRuleCommand(&s, d.policies[1].id, r, 0);
        }) << true;
        QTest::newRow("editing a filter") << CommandFactory([](PolicyStore &s, const StoreData &d) {
            Filter f = d.filterLists[0].filters[1];
            f.destinationPort = PortRange::single(8443);
            f.mirrored = false;
            return new EditFilterCommand(&s, d.filterLists[0].id, f);
        }) << true;
        QTest::newRow("editing a filter list's name")
            << CommandFactory([](PolicyStore &s, const StoreData &d) {
                   FilterList l = d.filterLists[1];
                   l.name = QStringLiteral("ICMP only");
                   return new EditFilterListCommand(&s, {}, l);
               })
            << true;
        QTest::newRow("reordering security methods")
            << CommandFactory([](PolicyStore &s, const StoreData &d) {
                   FilterAction a = d.filterActions[1];
                   a.securityMethods.move(0, 1);
                   return new EditFilterActionCommand(&s, {}, a);
               })
            << true;
        QTest::newRow("reordering IKE methods") << CommandFactory([](PolicyStore &s, const StoreData &d) {
            Policy p = d.policies[0];
            p.ike.methods.move(1, 0);
            return new EditPolicyCommand(&s, {}, p);
        }) << true;
        QTest::newRow("editing a rule's authentication methods")
            << CommandFactory([](PolicyStore &s, const StoreData &d) {
                   Rule r = d.policies[0].rules[0];
                   r.authMethods = {AuthMethod::certificate(QStringLiteral("CN=CA"))};
                   r.connectionType = ConnectionType::Lan;
                   return new EditRuleCommand(&s, d.policies[0].id, r);
               })
            << true;
        QTest::newRow("activating a default response rule")
            << CommandFactory([](PolicyStore &s, const StoreData &d) {
                   DefaultResponseRule r = d.policies[1].defaultResponse;
                   r.active = true;
                   return new EditDefaultResponseRuleCommand(&s, d.policies[1].id, r);
               })
            << true;
        QTest::newRow("editing the store properties")
            << CommandFactory([](PolicyStore &s, const StoreData &d) {
                   StoreInfo info = d.info;
                   info.domain = QStringLiteral("ipsectest.com");
                   return new EditStoreInfoCommand(&s, info);
               })
            << true;
        QTest::newRow("deleting a filter") << CommandFactory([](PolicyStore &s, const StoreData &d) {
            return new RemoveFilterCommand(&s, d.filterLists[0].id, d.filterLists[0].filters[1].id);
        }) << true;
        QTest::newRow("deleting a rule") << CommandFactory([](PolicyStore &s, const StoreData &d) {
            return new RemoveRuleCommand(&s, d.policies[0].id, d.policies[0].rules[0].id);
        }) << true;
        QTest::newRow("deleting the assigned policy")
            << CommandFactory([](PolicyStore &s, const StoreData &d) {
                   return new RemovePolicyCommand(&s, {}, d.policies[0].id);
               })
            << true;
        QTest::newRow("deleting an unused filter action")
            << CommandFactory([](PolicyStore &s, const StoreData &) {
                   FilterAction a;
                   a.name = QStringLiteral("unused");
                   s.addFilterAction(a);
                   return new RemoveFilterActionCommand(&s, {}, s.data().filterActions.back().id);
               })
            << true;
        QTest::newRow("a cascade delete of a shared filter list puts every rule back")
            << CommandFactory([](PolicyStore &s, const StoreData &d) {
                   return new RemoveFilterListCommand(&s, {}, d.filterLists[0].id, Removal::Cascade);
               })
            << true;
        QTest::newRow("a cascade delete of a filter action used twice in one policy")
            << CommandFactory([](PolicyStore &s, const StoreData &d) {
                   Rule extra = d.policies[0].rules[1];
                   extra.id = newId();
                   extra.name = QStringLiteral("icmp again");
                   s.addRule(d.policies[0].id, extra, 0);
                   return new RemoveFilterActionCommand(&s, {}, d.filterActions[0].id, Removal::Cascade);
               })
            << true;
        QTest::newRow("assigning another policy") << CommandFactory([](PolicyStore &s, const StoreData &d) {
            return new AssignPolicyCommand(&s, d.policies[1].id);
        }) << true;
        QTest::newRow("unassigning") << CommandFactory([](PolicyStore &s, const StoreData &) {
            return new AssignPolicyCommand(&s, {});
        }) << true;
        QTest::newRow("importing a store into the document") << CommandFactory([](PolicyStore &s,
                                                                                  const StoreData &d) {
            return new ReplaceStoreCommand(&s, mergeStores(d, test::sampleStore()), QStringLiteral("Import"));
        }) << true;
    }

    void doUndoRedoGivesTheSameStore()
    {
        QFETCH(CommandFactory, make);
        QFETCH(bool, changesTheStore);
        PolicyStore store(test::sampleStore());
        QUndoStack stack;
        StoreCommand *command = make(store, store.data());
        const StoreData before = store.data();
        const EditResult result = execute(&stack, command);
        QVERIFY2(result.ok, qPrintable(result.error));
        const StoreData after = store.data();
        QCOMPARE(after != before, changesTheStore);
        QCOMPARE(stack.count(), 1);
        QVERIFY(!stack.undoText().isEmpty());
        stack.undo();
        QVERIFY(store.data() == before);
        stack.redo();
        QVERIFY(store.data() == after);
        stack.undo();
        QVERIFY(store.data() == before);
    }

    void aRefusedEditChangesNothingAndIsNotOnTheStack_data()
    {
        QTest::addColumn<CommandFactory>("make");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("deleting a filter list that rules use is refused")
            << CommandFactory([](PolicyStore &s, const StoreData &d) {
                   return new RemoveFilterListCommand(&s, {}, d.filterLists[0].id);
               })
            << QStringLiteral("still used by 2 rule");
        QTest::newRow("a duplicate policy name is refused")
            << CommandFactory([](PolicyStore &s, const StoreData &d) {
                   Policy p = d.policies[1];
                   p.name = QStringLiteral("branch");
                   return new EditPolicyCommand(&s, {}, p);
               })
            << QStringLiteral("already named");
        QTest::newRow("editing a filter that is gone is refused")
            << CommandFactory([](PolicyStore &s, const StoreData &d) {
                   Filter f = d.filterLists[0].filters[0];
                   f.id = newId();
                   return new EditFilterCommand(&s, d.filterLists[0].id, f);
               })
            << QStringLiteral("does not exist");
    }

    void aRefusedEditChangesNothingAndIsNotOnTheStack()
    {
        QFETCH(CommandFactory, make);
        QFETCH(QString, errorPart);
        PolicyStore store(test::sampleStore());
        const StoreData before = store.data();
        QUndoStack stack;
        const EditResult result = execute(&stack, make(store, before));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
        QCOMPARE(stack.count(), 0);
        QVERIFY(store.data() == before);
    }

    void continuousTypingMergesIntoOneStep()
    {
        const StoreData data = test::sampleStore();
        PolicyStore store(data);
        QUndoStack stack;
        Policy p = data.policies[1];
        for (const QString &name : {QStringLiteral("L"), QStringLiteral("La"), QStringLiteral("Lab 2")}) {
            p.name = name;
            QVERIFY(execute(&stack, new EditPolicyCommand(&store, {}, p, QStringLiteral("name"))).ok);
        }
        QCOMPARE(stack.count(), 1);
        QCOMPARE(store.data().policies[1].name, QStringLiteral("Lab 2"));
        // Another field starts a new step.
        p.description = QStringLiteral("d");
        QVERIFY(execute(&stack, new EditPolicyCommand(&store, {}, p, QStringLiteral("description"))).ok);
        QCOMPARE(stack.count(), 2);
        stack.undo();
        stack.undo();
        QVERIFY(store.data() == data);
        // Typing back to the original value leaves no step at all.
        p = data.policies[1];
        p.name = QStringLiteral("Lab!");
        QVERIFY(execute(&stack, new EditPolicyCommand(&store, {}, p, QStringLiteral("name"))).ok);
        p.name = QStringLiteral("Lab");
        QVERIFY(execute(&stack, new EditPolicyCommand(&store, {}, p, QStringLiteral("name"))).ok);
        QCOMPARE(stack.count(), 0);
    }

    void mergingAnImportRenamesClashingNames()
    {
        const StoreData base = test::sampleStore();
        StoreData incoming = test::sampleStore(); // same names, new ids
        QStringList notes;
        const StoreData merged = mergeStores(base, incoming, &notes);
        QCOMPARE(merged.policies.size(), std::size_t(4));
        QCOMPARE(merged.policies[2].name, QStringLiteral("Branch (2)"));
        QVERIFY(!merged.policies[2].assigned); // the document's own assignment stays
        QVERIFY(merged.policies[0].assigned);
        QVERIFY(notes.size() >= 7);
        // The same document merged into itself changes nothing.
        QVERIFY(mergeStores(base, base) == base);
    }

    void aPolicySubsetHoldsWhatThePolicyUses()
    {
        const StoreData data = test::sampleStore();
        const StoreData lab = policySubset(data, data.policies[1].id);
        QCOMPARE(lab.policies.size(), std::size_t(1));
        QCOMPARE(lab.filterLists.size(), std::size_t(1));
        QCOMPARE(lab.filterLists[0].name, QStringLiteral("Web servers"));
        QCOMPARE(lab.filterActions.size(), std::size_t(1));
        QVERIFY(policySubset(data, newId()).policies.empty());
    }

    void anObjectSubsetHoldsOneFilterInsideACopyOfItsList()
    {
        const StoreData data = test::sampleStore();
        const FilterList &web = data.filterLists[0];
        const StoreData filter = objectSubset(data, ObjectKind::Filter, web.filters.back().id, web.id);
        QCOMPARE(filter.filterLists.size(), std::size_t(1));
        QCOMPARE(filter.filterLists[0].id, web.id);
        QCOMPARE(filter.filterLists[0].filters.size(), std::size_t(1));
        QCOMPARE(filter.filterLists[0].filters[0], web.filters.back());
        QVERIFY(filter.policies.empty() && filter.filterActions.empty());
        const StoreData action = objectSubset(data, ObjectKind::FilterAction, data.filterActions[1].id);
        QCOMPARE(action.filterActions.size(), std::size_t(1));
        QVERIFY(action.filterLists.empty());
        QVERIFY(
            objectSubset(data, ObjectKind::DefaultResponseRule, {}, data.policies[0].id).policies.empty());
    }

    void aRuleSubsetHoldsOneRuleInsideACopyOfItsPolicyWithWhatItUses()
    {
        const StoreData data = test::sampleStore();
        const Policy &policy = data.policies[0];
        QVERIFY(policy.rules.size() >= 2);
        const Rule &rule = policy.rules[1];
        const StoreData clip = objectSubset(data, ObjectKind::Rule, rule.id, policy.id);
        QCOMPARE(clip.policies.size(), std::size_t(1));
        QCOMPARE(clip.policies[0].id, policy.id);
        QCOMPARE(clip.policies[0].rules.size(), qsizetype(1));
        QCOMPARE(clip.policies[0].rules[0], rule);
        QCOMPARE(clip.filterActions.size(), std::size_t(1));
        QCOMPARE(clip.filterActions[0].id, rule.filterAction);
        QCOMPARE(clip.filterLists.size(), std::size_t(rule.filterList.isNull() ? 0 : 1));
        QVERIFY(objectSubset(data, ObjectKind::Rule, newId(), policy.id).policies.empty());
    }

    void aPastedRuleLandsWhereAskedWithAFreshIdAUniqueNameAndSharedDependencies()
    {
        const StoreData data = test::sampleStore();
        const Policy &policy = data.policies[0];
        const Rule &rule = policy.rules[0];
        const StoreData clip = objectSubset(data, ObjectKind::Rule, rule.id, policy.id);
        QUuid pastedId;
        QStringList notes;
        const std::optional<StoreData> after = withPastedRule(data, clip, policy.id, 1, &pastedId, &notes);
        QVERIFY(after);
        const Policy &changed = *after->policy(policy.id);
        QCOMPARE(changed.rules.size(), policy.rules.size() + 1);
        const Rule &pasted = changed.rules[1];
        QCOMPARE(pasted.id, pastedId);
        QVERIFY(pasted.id != rule.id);
        QCOMPARE(pasted.name, rule.name + QStringLiteral(" (2)"));
        QCOMPARE(notes.size(), qsizetype(1));
        // Unchanged list and action are shared, not copied.
        QCOMPARE(pasted.filterList, rule.filterList);
        QCOMPARE(pasted.filterAction, rule.filterAction);
        QCOMPARE(after->filterLists.size(), data.filterLists.size());
        QCOMPARE(after->filterActions.size(), data.filterActions.size());
        // Into another document, the list and action come along under fresh ids.
        StoreData other;
        Policy target;
        target.id = newId();
        target.name = QStringLiteral("Target");
        other.policies.push_back(target);
        const std::optional<StoreData> elsewhere = withPastedRule(other, clip, target.id, -1, &pastedId);
        QVERIFY(elsewhere);
        const Rule &moved = elsewhere->policy(target.id)->rules.front();
        QCOMPARE(moved.name, rule.name);
        QVERIFY(elsewhere->filterAction(moved.filterAction));
        QVERIFY(!data.filterAction(moved.filterAction));
        QCOMPARE(elsewhere->filterAction(moved.filterAction)->name,
                 data.filterAction(rule.filterAction)->name);
        // Not one rule, or no such policy: nothing.
        QVERIFY(!withPastedRule(data, policySubset(data, policy.id), policy.id));
        QVERIFY(!withPastedRule(data, clip, newId()));
    }

    void freshIdsRepointRulesAndShareUnchangedDependencies()
    {
        const StoreData data = test::sampleStore();
        const StoreData clip = policySubset(data, data.policies[0].id);
        // Into its own document: unchanged lists and actions are shared, the policy is new and unassigned.
        const StoreData same = withFreshIds(clip, data);
        QVERIFY(same.filterLists.empty());
        QVERIFY(same.filterActions.empty());
        QCOMPARE(same.policies.size(), std::size_t(1));
        QVERIFY(same.policies[0].id != clip.policies[0].id);
        QVERIFY(!same.policies[0].assigned);
        QCOMPARE(same.policies[0].rules[0].filterList, clip.policies[0].rules[0].filterList);
        // Into an empty document: everything is copied under new ids and the rules follow.
        const StoreData copied = withFreshIds(clip, StoreData{});
        QCOMPARE(copied.filterLists.size(), clip.filterLists.size());
        for (const Rule &r : copied.policies[0].rules) {
            QVERIFY(copied.filterList(r.filterList) || r.filterList.isNull());
            QVERIFY(copied.filterAction(r.filterAction));
            QVERIFY(!clip.filterAction(r.filterAction));
        }
        // A lone list is always copied, even into the document that holds it.
        const StoreData list =
            withFreshIds(objectSubset(data, ObjectKind::FilterList, data.filterLists[0].id), data);
        QCOMPARE(list.filterLists.size(), std::size_t(1));
        QVERIFY(list.filterLists[0].id != data.filterLists[0].id);
        QVERIFY(list.filterLists[0].filters[0].id != data.filterLists[0].filters[0].id);
        QCOMPARE(mergeStores(data, list).filterLists.back().name,
                 data.filterLists[0].name + QStringLiteral(" (2)"));
    }
};

QTEST_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
