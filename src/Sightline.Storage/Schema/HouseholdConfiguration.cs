using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sightline.Storage.Schema;

/// <summary>Maps <see cref="HouseholdRow"/> to <c>households</c> and its members to <c>household_members</c>.</summary>
internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<HouseholdRow>, IEntityTypeConfiguration<HouseholdMemberRow>
{
    public void Configure(EntityTypeBuilder<HouseholdRow> builder)
    {
        builder.ToTable("households");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).HasColumnName("id");
        builder.HasMany(h => h.Members).WithOne().HasForeignKey(m => m.HouseholdId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<HouseholdMemberRow> builder)
    {
        builder.ToTable("household_members");
        builder.HasKey(m => new { m.HouseholdId, m.PersonId });
        builder.Property(m => m.HouseholdId).HasColumnName("household_id");
        builder.Property(m => m.PersonId).HasColumnName("person_id");
        builder.Property(m => m.Position).HasColumnName("position");
        builder.HasIndex(m => m.PersonId).HasDatabaseName("ix_household_members_person");
        builder.HasOne<PersonRow>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
