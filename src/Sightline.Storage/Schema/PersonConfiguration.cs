using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sightline.Core.Persons;

namespace Sightline.Storage.Schema;

/// <summary>Maps <see cref="PersonRow"/> to <c>persons</c>.</summary>
internal sealed class PersonConfiguration : IEntityTypeConfiguration<PersonRow>
{
    public void Configure(EntityTypeBuilder<PersonRow> builder)
    {
        builder.ToTable("persons");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id");
        builder.Property(p => p.Role).HasColumnName("role").HasConversion(new WireEnumConverter<PersonRole>());
        builder.Property(p => p.Sex).HasColumnName("sex").HasConversion(new WireEnumConverter<Sex>());
        builder.Property(p => p.Born).HasColumnName("born");
        builder.Property(p => p.Due).HasColumnName("due");
        builder.Property(p => p.NhsNumber).HasColumnName("nhs_number").HasMaxLength(10);
        builder.Property(p => p.Name).HasColumnName("name");
        builder.Property(p => p.Mobility).HasColumnName("mobility").HasConversion(new WireEnumConverter<Mobility>());
        builder.Property(p => p.GpRegistered).HasColumnName("gp_registered");
        builder.Property(p => p.LocalAuthority).HasColumnName("local_authority");
        builder.Property(p => p.Postcode).HasColumnName("postcode").HasMaxLength(8);
        builder.Property(p => p.ResolvedId).HasColumnName("resolved_id");
        builder.HasIndex(p => p.ResolvedId).HasDatabaseName("ix_persons_resolved_id");
        builder.HasIndex(p => p.Postcode).HasDatabaseName("ix_persons_postcode");
        builder.Property(p => p.SurnameKey).HasColumnName("surname_key");
        builder.HasIndex(p => p.SurnameKey).HasDatabaseName("ix_persons_surname_key");
        builder.Property(p => p.KnownSince).HasColumnName("known_since");
        // Not unique: until identity resolution links them, two agencies' records may carry one number.
        builder.HasIndex(p => p.NhsNumber).HasDatabaseName("ix_persons_nhs_number");
        builder.HasIndex(p => p.Born).HasDatabaseName("ix_persons_born");
        builder.HasIndex(p => p.Role).HasDatabaseName("ix_persons_role");
        builder.HasMany(p => p.History).WithOne().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
