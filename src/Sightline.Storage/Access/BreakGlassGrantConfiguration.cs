using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Access;

/// <summary>Maps <see cref="BreakGlassGrantRow"/> to <c>break_glass_grants</c>.</summary>
/// <param name="sqlite">True on SQLite, which has no timestamp type: instants are stored as UTC ticks there, so expiry compares in SQL.</param>
internal sealed class BreakGlassGrantConfiguration(bool sqlite) : IEntityTypeConfiguration<BreakGlassGrantRow>
{
    public void Configure(EntityTypeBuilder<BreakGlassGrantRow> builder)
    {
        builder.ToTable("break_glass_grants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(g => g.UserName).HasColumnName("user_name");
        builder.Property(g => g.AgencyId).HasColumnName("agency_id");
        builder.Property(g => g.PersonId).HasColumnName("person_id");
        builder.Property(g => g.Reason).HasColumnName("reason");
        var granted = builder.Property(g => g.GrantedAt).HasColumnName("granted_at");
        var expires = builder.Property(g => g.ExpiresAt).HasColumnName("expires_at");
        if (sqlite)
        {
            granted.HasConversion(new UtcTicksConverter());
            expires.HasConversion(new UtcTicksConverter());
        }
        // The check on every page view: this person, this user, still open.
        builder.HasIndex(g => new { g.PersonId, g.UserName, g.ExpiresAt }).HasDatabaseName("ix_break_glass_grants_person_user");
        builder.HasOne<PersonRow>().WithMany().HasForeignKey(g => g.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AgencyRow>().WithMany().HasForeignKey(g => g.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
