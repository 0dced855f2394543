using Lantern.Core.Agencies;
using Lantern.Core.Cases;
using Lantern.Core.Implementation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Data;

/// <summary>
/// The demonstration agency's first year with the model: its staff trained (one practitioner still waiting for the
/// core course), the Team A supervisor a champion, three monthly practice meetings (one on the Calder family), two
/// presentations (one to the police), and three self-assessments six months apart moving from pre-competent towards
/// competent in several areas, slower on work with him and on quality assurance, as agencies often find.
/// </summary>
public static partial class DemoData
{
    private static async Task ImplementAsync(LanternDbContext db, Agency welfare, LanternUser worker, LanternUser supervisor, LanternUser colleague,
        Case calder, Case? fairley, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        var manager = await db.Users.SingleAsync(u => u.UserName == "manager" && u.AgencyId == welfare.Id, cancellationToken);
        TrainingRecord Trained(LanternUser? user, string name, TrainingCourse course, int monthsAgo) => new()
        {
            AgencyId = welfare.Id,
            UserId = user?.Id,
            AttendeeName = user?.DisplayName ?? name,
            Course = course,
            AttendedOn = today.AddMonths(-monthsAgo),
            RecordedById = manager.Id,
            RecordedAt = now,
        };
        db.TrainingRecords.AddRange(
            Trained(worker, "", TrainingCourse.Overview, 11),
            Trained(supervisor, "", TrainingCourse.Overview, 11),
            Trained(manager, "", TrainingCourse.Overview, 11),
            Trained(null, "Sam Okafor (family support worker)", TrainingCourse.Overview, 11),
            Trained(worker, "", TrainingCourse.CorePractice, 9),
            Trained(supervisor, "", TrainingCourse.CorePractice, 9),
            Trained(manager, "", TrainingCourse.CorePractice, 9),
            Trained(supervisor, "", TrainingCourse.Supervisors, 7),
            Trained(manager, "", TrainingCourse.Supervisors, 7),
            Trained(supervisor, "", TrainingCourse.Champions, 5),
            Trained(colleague, "", TrainingCourse.Overview, 4),
            Trained(worker, "", TrainingCourse.Refresher, 1));
        db.PracticeChampions.Add(new PracticeChampion { AgencyId = welfare.Id, UserId = supervisor.Id, Since = today.AddMonths(-5) });

        PracticeMeeting Meeting(int monthsAgo, string attendees, string learning, params Case?[] cases)
        {
            var meeting = new PracticeMeeting
            {
                AgencyId = welfare.Id,
                HeldOn = today.AddMonths(-monthsAgo).AddDays(-2),
                Attendees = attendees,
                Learning = learning,
                RecordedById = supervisor.Id,
                RecordedAt = now,
            };
            foreach (var discussed in cases.OfType<Case>())
            {
                meeting.CasesDiscussed.Add(new PracticeMeetingCase { MeetingId = meeting.Id, CaseId = discussed.Id });
            }

            db.PracticeMeetings.Add(meeting);
            return meeting;
        }

        Meeting(3, "Tom Whitfield (chair), Aisha Rahman, Grace Mensah, Helen Barker",
            "A plan that asks the mother to stop the father coming to the house makes her responsible for his behaviour. We rewrote the "
            + "Fairley goals together so that the father's goals name what he will stop doing and how we will know, and the mother's goals "
            + "are about what she wants for Josh, with our support.", fairley);
        Meeting(2, "Tom Whitfield (chair), Aisha Rahman, Grace Mensah, Owen Price",
            "Pivoting in case notes: we read five anonymised sentences aloud and turned each from what she did or did not do towards what he "
            + "chose to do. \"The children witnessed domestic violence\" became \"The father assaulted the mother while the children were in the next room\".");
        Meeting(1, "Tom Whitfield (chair), Aisha Rahman, Grace Mensah, Helen Barker",
            "The Calder map shows how his control of the money, including Rory's disability benefit, harms the boys directly. We agreed to "
            + "ask every father about money and benefits at the first interview, and to record the mother's efforts in full: saving from the food "
            + "money for school shoes counts.", calder);

        db.Presentations.AddRange(
            new Presentation
            {
                AgencyId = welfare.Id,
                GivenOn = today.AddMonths(-8),
                AudienceKind = PresentationAudience.OwnUnit,
                Audience = "Family Safety Teams A and B",
                Topic = "The model's three principles and five critical components, and how Lantern's map follows them",
                Presenter = "Tom Whitfield",
                AttendeeCount = 14,
                RecordedById = manager.Id,
                RecordedAt = now,
            },
            new Presentation
            {
                AgencyId = welfare.Id,
                GivenOn = today.AddMonths(-2),
                AudienceKind = PresentationAudience.PartnerAgency,
                Audience = "Northgate Police, Public Protection Unit",
                Topic = "Keeping his pattern visible: what helps us in a police concern form",
                Presenter = "Tom Whitfield and Helen Barker",
                AttendeeCount = 22,
                RecordedById = manager.Id,
                RecordedAt = now,
            });

        const ContinuumLevel N = ContinuumLevel.Neglectful, P = ContinuumLevel.PreCompetent, C = ContinuumLevel.Competent;
        var levels = new (ContinuumArea Area, ContinuumLevel[] Levels, string Evidence)[]
        {
            (ContinuumArea.ChildSafeAndTogether, [P, P, C], "Most children in open cases are living with their mother; removals now name the father's behaviour as the reason."),
            (ContinuumArea.PartneringWithSurvivor, [N, P, C], "Mothers' own words and efforts appear in assessments; plans are agreed with them rather than handed to them."),
            (ContinuumArea.InterveningWithPerpetrator, [N, N, P], "More fathers are interviewed about their behaviour, but few plans yet hold them to measurable goals."),
            (ContinuumArea.Policy, [P, P, P], "The intake policy is revised; the neglect and court policies have not yet been reviewed."),
            (ContinuumArea.Screening, [P, C, C], "Domestic abuse is screened for at every intake; unscreened intakes cannot be completed."),
            (ContinuumArea.Supervision, [N, P, C], "Supervisors use the five components in case discussion and coach on documentation monthly."),
            (ContinuumArea.Documentation, [N, P, P], "Notes name him as the actor more often; \"the children witnessed\" still appears in some."),
            (ContinuumArea.QualityAssurance, [N, N, P], "A first sample of cases was reviewed against the criteria; there is no regular cycle yet."),
            (ContinuumArea.PartnershipWithAgencies, [P, P, C], "An information-sharing agreement with the police and the domestic abuse service is in force."),
        };
        var notes = new[]
        {
            "Our first self-assessment, before training began: we knew the language but not the practice.",
            "Six months on: screening and supervision have moved; work with fathers has not.",
            "A year on: competent in five areas. Next: measurable goals for fathers, and a regular case review cycle.",
        };
        for (var i = 0; i < notes.Length; i++)
        {
            var assessment = new ContinuumAssessment
            {
                AgencyId = welfare.Id,
                AssessedOn = today.AddMonths(-6 * (notes.Length - 1 - i)),
                Notes = notes[i],
                RecordedById = manager.Id,
                RecordedAt = now,
            };
            foreach (var (area, areaLevels, evidence) in levels)
            {
                assessment.Ratings.Add(new ContinuumRating
                {
                    AssessmentId = assessment.Id,
                    Area = area,
                    Level = areaLevels[i],
                    Evidence = i == notes.Length - 1 ? evidence : "",
                });
            }

            db.ContinuumAssessments.Add(assessment);
        }
    }
}
