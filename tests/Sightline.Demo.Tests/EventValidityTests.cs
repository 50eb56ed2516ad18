using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Demo.Tests;

public class EventValidityTests(DefaultArea defaultArea) : IClassFixture<DefaultArea>
{
    /// <summary>Kinds that may name a baby before its birth: the safeguarding of an unborn child, never its care.</summary>
    private static readonly HashSet<string> PregnancyRelatedKinds =
    [
        "pregnancy", "born", "moved", "referral", "information-shared", "acknowledged", "records-requested", "assessment",
        "strategy-discussion", "s47-started", "s47-concluded", "safety-plan", "conference", "plan-started",
        "plan-ended", "meeting", "supervision", "escalation",
    ];

    private static readonly HashSet<string> AdultOnlyKinds = ["probation", "adult-service-contact", "joined-household", "left-household", "separated"];

    private static readonly HashSet<string> ChildOnlyKinds = ["development", "gp-registered", "growth", "placement", "born", "injury"];

    [Fact]
    public void Every_event_names_persons_and_agencies_of_its_batch()
    {
        foreach (var family in defaultArea.Area.Families)
        {
            var persons = family.Batch.Persons.Select(p => p.Id).ToHashSet();
            var agencies = family.Batch.Agencies.Select(a => a.Id).ToHashSet();
            foreach (var sourced in family.Batch.Events)
            {
                Assert.All(References.Persons(sourced.Event), p => Assert.Contains(p, persons));
                Assert.All(References.Agencies(sourced.Event), a => Assert.Contains(a, agencies));
                Assert.NotEmpty(sourced.Event.Subjects);
            }
        }
    }

    [Fact]
    public void Every_event_has_a_source_of_its_agency_and_a_family_numbered_id()
    {
        foreach (var family in defaultArea.Area.Families)
        {
            var ids = family.Batch.Events.Select(e => e.Source.SourceId).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(family.Batch.Events, e =>
            {
                Assert.Equal(e.Event.Agency, e.Source.Agency);
                Assert.StartsWith(family.Id + "#", e.Source.SourceId, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public void Events_within_a_family_are_in_date_order_and_none_is_after_today()
    {
        foreach (var family in defaultArea.Area.Families)
        {
            var dates = family.Batch.Events.Select(e => e.Event.Date).ToList();
            Assert.Equal(dates.Order(), dates);
            Assert.All(dates, d => Assert.True(d <= DefaultArea.Today));
        }
    }

    [Fact]
    public void Every_family_has_a_history_of_at_most_three_years()
    {
        foreach (var family in defaultArea.Area.Families)
        {
            Assert.NotEmpty(family.Batch.Events);
            Assert.True(family.Batch.Events[0].Event.Date >= DefaultArea.Today.AddYears(-3).AddDays(-1));
        }
    }

    [Fact]
    public void Meetings_and_conferences_are_attended_only_by_agencies_invited()
    {
        foreach (var (_, sourced) in defaultArea.AllEvents)
        {
            var (invited, attended) = sourced.Event switch
            {
                StrategyDiscussion s => (s.Invited, s.Attended),
                Conference c => (c.Invited, c.Attended),
                Meeting m => (m.Invited, m.Attended),
                _ => ([], []),
            };
            Assert.All(attended, a => Assert.Contains(a, invited));
            Assert.Equal(invited.Count, invited.Distinct().Count());
        }
    }

    [Fact]
    public void Child_protection_and_pre_birth_plans_have_a_category_and_a_known_area()
    {
        var areas = defaultArea.Area.LocalAuthorities.ToHashSet();
        foreach (var (_, sourced) in defaultArea.AllEvents)
        {
            switch (sourced.Event)
            {
                case PlanStarted { Plan: PlanType.ChildProtection or PlanType.PreBirthChildProtection } plan:
                    Assert.NotNull(plan.Category);
                    Assert.Contains(plan.LocalAuthority, areas);
                    break;
                case PlanStarted plan:
                    Assert.Contains(plan.LocalAuthority, areas);
                    break;
                case Conference conference:
                    Assert.Contains(conference.LocalAuthority, areas);
                    break;
                case Moved moved:
                    Assert.Contains(moved.LocalAuthority, areas);
                    break;
            }
        }
    }

    [Fact]
    public void Field_values_are_in_range()
    {
        foreach (var (_, sourced) in defaultArea.AllEvents)
        {
            switch (sourced.Event)
            {
                case Growth g:
                    Assert.InRange(g.Centile, 0.5, 99.5);
                    break;
                case Escalation x:
                    Assert.InRange(x.Stage, 1, 4);
                    break;
                case Contact { Outcome: ContactOutcome.NoAccess } c:
                    Assert.False(c.ChildSeen);
                    break;
                case Injury i:
                    Assert.False(string.IsNullOrWhiteSpace(i.Site));
                    break;
                case Referral r:
                    Assert.False(string.IsNullOrWhiteSpace(r.Concern));
                    Assert.NotEqual(r.Agency, r.To);
                    break;
                case Appointment a:
                    Assert.False(string.IsNullOrWhiteSpace(a.Service));
                    break;
                case SafetyPlan { Written: false } p:
                    Assert.Empty(p.SharedWith);
                    break;
                case Separated s:
                    Assert.Equal(2, s.Subjects.Distinct().Count());
                    break;
                case JoinedHousehold j:
                    Assert.DoesNotContain(j.Household, j.Subjects);
                    break;
            }
        }
    }

    [Fact]
    public void Each_acknowledgement_answers_an_earlier_share_sent_to_its_agency()
    {
        foreach (var family in defaultArea.Area.Families)
        {
            var view = new FamilyView(family);
            foreach (var ack in view.Of<Acknowledged>())
            {
                Assert.True(ack.Of <= ack.Date);
                Assert.Contains(view.Of<InformationShared>(), s => s.Date == ack.Of && s.To.Contains(ack.Agency));
            }
        }
    }

    [Fact]
    public void Adult_events_are_about_adults_and_child_events_about_children()
    {
        foreach (var family in defaultArea.Area.Families)
        {
            var view = new FamilyView(family);
            foreach (var e in view.Events)
            {
                if (AdultOnlyKinds.Contains(e.Kind))
                {
                    Assert.All(e.Subjects, s => Assert.True(view.Person(s).IsAdult, $"{e.Kind} about {s}"));
                }
                if (ChildOnlyKinds.Contains(e.Kind))
                {
                    Assert.All(e.Subjects, s => Assert.False(view.Person(s).IsAdult, $"{e.Kind} about {s}"));
                }
            }
        }
    }

    [Fact]
    public void An_unborn_baby_appears_only_in_pregnancy_related_events_until_born_and_is_born_once()
    {
        foreach (var family in defaultArea.Area.Families)
        {
            var view = new FamilyView(family);
            var unborn = family.Batch.Persons.Where(p => p.Role == PersonRole.Unborn).Select(p => p.Id).ToHashSet();
            var born = new HashSet<PersonId>();
            foreach (var e in view.Events)
            {
                if (e is Born)
                {
                    Assert.All(e.Subjects, s => Assert.Contains(s, unborn));
                    Assert.All(e.Subjects, s => Assert.True(born.Add(s), $"{s} born twice"));
                    continue;
                }
                foreach (var person in References.Persons(e).Where(p => unborn.Contains(p) && !born.Contains(p)))
                {
                    Assert.True(PregnancyRelatedKinds.Contains(e.Kind), $"{e.Kind} on {e.Date} names {person} before birth");
                }
            }
            Assert.All(view.Of<Pregnancy>(), p => Assert.Contains(p.Unborn, unborn));
        }
    }

    [Fact]
    public void A_pregnancy_is_recorded_before_its_baby_is_born()
    {
        foreach (var family in defaultArea.Area.Families)
        {
            var view = new FamilyView(family);
            foreach (var birth in view.Of<Born>())
            {
                Assert.Contains(view.Of<Pregnancy>(), p => birth.Subjects.Contains(p.Unborn) && p.Date < birth.Date);
            }
        }
    }
}
