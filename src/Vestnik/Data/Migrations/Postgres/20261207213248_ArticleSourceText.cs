using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vestnik.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ArticleSourceText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceText",
                table: "Articles",
                type: "character varying(100000)",
                maxLength: 100000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SourceText",
                table: "Articles");
        }
    }
}
