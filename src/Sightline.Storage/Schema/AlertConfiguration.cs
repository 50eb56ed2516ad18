using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sightline.Core.Events;

namespace Sightline.Storage.Schema;

/// <summary>The tables the live protocols write: alerts and whom they tell, open obligations, case runs, plan flags and the households they flag.</summary>
internal sealed class AlertConfiguration :
    IEntityTypeConfiguration<AlertRow>,
    IEntityTypeConfiguration<AlertSubjectRow>,
    IEntityTypeConfiguration<AlertRecipientRow>,
    IEntityTypeConfiguration<ObligationRow>,
    IEntityTypeConfiguration<CaseRunRow>,
    IEntityTypeConfiguration<PlanFlagRow>,
    IEntityTypeConfiguration<HouseholdPlanRow>
{
    public void Configure(EntityTypeBuilder<AlertRow> builder)
    {
        builder.ToTable("alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(a => a.Rule).HasColumnName("rule");
        builder.Property(a => a.Key).HasColumnName("alert_key");
        builder.Property(a => a.RaisedOn).HasColumnName("raised_on");
        builder.Property(a => a.Due).HasColumnName("due");
        builder.Property(a => a.Message).HasColumnName("message");
        builder.Property(a => a.SubjectIds).HasColumnName("subject_ids");
        builder.Property(a => a.NotifyIds).HasColumnName("notify_ids");
        builder.Property(a => a.RecordedAt).HasColumnName("recorded_at");
        // No trigger raises the same rule twice, however often a family is run again.
        builder.HasIndex(a => new { a.Rule, a.Key }).IsUnique().HasDatabaseName("ux_alerts_rule_key");
        builder.HasMany(a => a.Subjects).WithOne().HasForeignKey(s => s.AlertId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Recipients).WithOne().HasForeignKey(r => r.AlertId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AlertSubjectRow> builder)
    {
        builder.ToTable("alert_subjects");
        builder.HasKey(s => new { s.AlertId, s.PersonId });
        builder.Property(s => s.AlertId).HasColumnName("alert_id");
        builder.Property(s => s.PersonId).HasColumnName("person_id");
        builder.HasIndex(s => s.PersonId).HasDatabaseName("ix_alert_subjects_person");
    }

    public void Configure(EntityTypeBuilder<AlertRecipientRow> builder)
    {
        builder.ToTable("alert_recipients");
        builder.HasKey(r => new { r.AlertId, r.AgencyId });
        builder.Property(r => r.AlertId).HasColumnName("alert_id");
        builder.Property(r => r.AgencyId).HasColumnName("agency_id");
        builder.HasIndex(r => r.AgencyId).HasDatabaseName("ix_alert_recipients_agency");
    }

    public void Configure(EntityTypeBuilder<ObligationRow> builder)
    {
        builder.ToTable("obligations");
        builder.HasKey(o => new { o.Rule, o.Key });
        builder.Property(o => o.Rule).HasColumnName("rule");
        builder.Property(o => o.Key).HasColumnName("obligation_key");
        builder.Property(o => o.FamilyKey).HasColumnName("family_key");
        builder.Property(o => o.SubjectIds).HasColumnName("subject_ids");
        builder.Property(o => o.OpenedOn).HasColumnName("opened_on");
        builder.Property(o => o.DueOn).HasColumnName("due_on");
        builder.HasIndex(o => o.FamilyKey).HasDatabaseName("ix_obligations_family");
        builder.HasIndex(o => o.DueOn).HasDatabaseName("ix_obligations_due");
    }

    public void Configure(EntityTypeBuilder<CaseRunRow> builder)
    {
        builder.ToTable("case_runs");
        builder.HasKey(r => r.PersonId);
        builder.Property(r => r.PersonId).HasColumnName("person_id");
        builder.Property(r => r.FamilyKey).HasColumnName("family_key");
        builder.Property(r => r.ClosedThrough).HasColumnName("closed_through");
        builder.Property(r => r.RunAt).HasColumnName("run_at");
        builder.HasIndex(r => r.FamilyKey).HasDatabaseName("ix_case_runs_family");
        builder.HasIndex(r => r.ClosedThrough).HasDatabaseName("ix_case_runs_closed_through");
    }

    public void Configure(EntityTypeBuilder<PlanFlagRow> builder)
    {
        builder.ToTable("plan_flags");
        // A child's plans from the key alone: a flag check reads them by child id.
        builder.HasKey(f => new { f.ChildId, f.Plan, f.Started });
        builder.Property(f => f.ChildId).HasColumnName("child_id");
        builder.Property(f => f.Plan).HasColumnName("plan").HasConversion(new WireEnumConverter<PlanType>());
        builder.Property(f => f.Category).HasColumnName("category").HasConversion(new WireEnumConverter<PlanCategory>());
        builder.Property(f => f.LocalAuthority).HasColumnName("local_authority");
        builder.Property(f => f.Started).HasColumnName("started");
        builder.Property(f => f.Ended).HasColumnName("ended");
    }

    public void Configure(EntityTypeBuilder<HouseholdPlanRow> builder)
    {
        builder.ToTable("household_plans");
        builder.HasKey(h => new { h.PersonId, h.MemberId });
        builder.Property(h => h.PersonId).HasColumnName("person_id");
        builder.Property(h => h.MemberId).HasColumnName("member_id");
    }
}
