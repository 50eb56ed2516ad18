using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Sightline.Storage.Identity;

/// <summary>
/// The accounts database: users, roles and what Identity keeps about them, in tables of their own
/// (<c>identity_users</c>, <c>identity_roles</c>, …) beside the records, with snake_case columns
/// like the rest of the schema. It is a context of its own, with its own migrations (the
/// <c>IdentityMigrations</c> folders of the two migrations assemblies) and its own history table,
/// so that accounts and records evolve separately.
/// </summary>
/// <param name="options">Options from <see cref="IdentityStorage.BuildOptions"/> or <see cref="IdentityStorage.AddSightlineIdentityStorage"/>.</param>
public sealed class SightlineIdentityDbContext(DbContextOptions<SightlineIdentityDbContext> options)
    : IdentityDbContext<SightlineUser, IdentityRole, string>(options)
{
    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<SightlineUser>(user =>
        {
            user.ToTable("identity_users");
            user.Property(u => u.Agency).HasMaxLength(200).IsRequired();
            user.HasIndex(u => u.Agency).HasDatabaseName("ix_identity_users_agency");
        });
        builder.Entity<IdentityRole>().ToTable("identity_roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("identity_user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("identity_user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("identity_user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("identity_user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("identity_role_claims");
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            property.SetColumnName(SnakeCase.Of(property.Name));
        }
    }
}
