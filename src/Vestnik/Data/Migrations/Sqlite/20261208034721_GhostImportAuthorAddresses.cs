using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vestnik.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GhostImportAuthorAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AuthorId",
                table: "OldAddress",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OldAddress_AuthorId",
                table: "OldAddress",
                column: "AuthorId");

            migrationBuilder.AddForeignKey(
                name: "FK_OldAddress_Authors_AuthorId",
                table: "OldAddress",
                column: "AuthorId",
                principalTable: "Authors",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_OldAddress_Authors_AuthorId",
                table: "OldAddress");

            migrationBuilder.DropIndex(
                name: "IX_OldAddress_AuthorId",
                table: "OldAddress");

            migrationBuilder.DropColumn(
                name: "AuthorId",
                table: "OldAddress");
        }
    }
}
