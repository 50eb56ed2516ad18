using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sightline.Storage.Protocols;

namespace Sightline.Storage.Schema;

/// <summary>Maps <see cref="AlertActionRow"/> to <c>alert_actions</c>.</summary>
/// <param name="sqlite">True on SQLite, where instants are stored as UTC ticks so they order in SQL.</param>
internal sealed class AlertActionConfiguration(bool sqlite) : IEntityTypeConfiguration<AlertActionRow>
{
    public void Configure(EntityTypeBuilder<AlertActionRow> builder)
    {
        builder.ToTable("alert_actions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(a => a.AlertId).HasColumnName("alert_id");
        builder.Property(a => a.AgencyId).HasColumnName("agency_id");
        builder.Property(a => a.UserName).HasColumnName("user_name");
        builder.Property(a => a.Kind).HasColumnName("kind").HasConversion(new WireEnumConverter<AlertActionKind>());
        builder.Property(a => a.Note).HasColumnName("note");
        var at = builder.Property(a => a.At).HasColumnName("at");
        if (sqlite)
        {
            at.HasConversion(new UtcTicksConverter());
        }
        // An alert's responses, and "has this agency acknowledged it" for the open counts.
        builder.HasIndex(a => new { a.AlertId, a.AgencyId }).HasDatabaseName("ix_alert_actions_alert_agency");
        builder.HasOne<AlertRow>().WithMany().HasForeignKey(a => a.AlertId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AgencyRow>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
