// A synthetic catalogue of the size the service is built for (tens of thousands of organisations,
// a hundred thousand solutions), for load tests and for trying the UI at scale: plausible
// bilingual names with legal forms, INNs and OGRNs with valid check digits, the real taxonomy and
// countries, skewed the way real catalogues are (most companies small, a few with many
// solutions, markets gathered in the countries with attachés).
//
// Deterministic: the same options give the same records on every machine and standard library.
// std::mt19937_64 is specified bit for bit; the standard distributions are not, so every draw
// goes through our own arithmetic, and every date is counted back from a fixed day rather than
// from today. Organisations, solutions and contacts each have their own stream, so asking for
// more contacts does not change the solutions. Pure: no I/O; not thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "app/catalogue_words.hpp"
#include "core/time.hpp"
#include "domains/contacts/model.hpp"
#include "domains/organisations/model.hpp"
#include "domains/solutions/model.hpp"
#include "domains/taxonomy/model.hpp"

namespace attache::app {

struct GeneratorOptions {
  // Domestic companies; universities, government bodies, associations, investors, foreign
  // companies and IT hubs are added in proportion (see CatalogueGenerator::Plan).
  int64_t companies = 20000;
  int64_t solutions = 100000;
  int64_t contacts = 50000;
  uint64_t seed = 1;
};

// The latest day any generated date falls on.
inline constexpr Date kGeneratedUntil{2025, 12, 31};

// An organisation as generated. Its references to other organisations (parent_id,
// hub_operator_id, residents) hold positions in the order of generation, counted from 1, and only
// ever point back; whoever writes the records turns them into ids.
struct GeneratedOrganisation {
  organisations::Fields fields;
  TimePoint created_at;
  // Set for an organisation whose markets changed after it was entered: created with
  // `first_markets`, changed to fields.markets at this time (which is what the market history
  // records).
  std::optional<TimePoint> markets_changed_at;
  std::vector<organisations::Market> first_markets;
};

// `fields.organisation_id` holds the owner's position, as above.
struct GeneratedSolution {
  solutions::Fields fields;
  TimePoint created_at;
};

// `fields.organisation_id` holds the organisation's position, as above.
struct GeneratedContact {
  contacts::Fields fields;
  TimePoint created_at;
};

// Values records already in the database hold, which must not be generated again.
struct Taken {
  std::unordered_set<std::string> inns;
  std::unordered_set<std::string> registry_numbers;
};

class CatalogueGenerator {
 public:
  // How many organisations of each kind, in the order they are generated.
  struct Plan {
    int64_t domestic = 0;
    int64_t universities = 0;
    int64_t government = 0;
    int64_t associations = 0;
    int64_t investors = 0;
    int64_t foreign = 0;
    int64_t hubs = 0;
    int64_t total() const {
      return domestic + universities + government + associations + investors + foreign + hubs;
    }
  };
  static Plan PlanFor(const GeneratorOptions& options);

  // `classes`: the taxonomy classes to tag records with (not empty).
  CatalogueGenerator(const GeneratorOptions& options, std::vector<taxonomy::Class> classes,
                     Taken taken = {});

  const Plan& plan() const { return plan_; }

  // Call NextOrganisation plan().total() times first, then NextSolution options.solutions times,
  // then NextContact options.contacts times: solutions and contacts refer to the organisations.
  GeneratedOrganisation NextOrganisation();
  GeneratedSolution NextSolution();
  GeneratedContact NextContact();

 private:
  // Uniform draws from std::mt19937_64 by our own arithmetic (see the file comment).
  class Draw {
   public:
    explicit Draw(uint64_t seed) : engine_(seed) {}
    uint64_t Below(uint64_t n);                  // [0, n), n > 0
    int64_t Between(int64_t low, int64_t high);  // [low, high]
    bool Chance(double probability);
    double Unit();  // [0, 1)
    template <class T>
    const T& Pick(std::span<const T> items) {
      return items[Below(items.size())];
    }
    // An index into `weights`, each chosen in proportion to its weight.
    size_t Weighted(std::span<const int> weights);
    TimePoint TimeBetween(const Date& from, const Date& until);

   private:
    std::mt19937_64 engine_;
  };

  GeneratedOrganisation DomesticCompany();
  GeneratedOrganisation University();
  GeneratedOrganisation GovernmentBody();
  GeneratedOrganisation Association();
  GeneratedOrganisation Investor();
  GeneratedOrganisation ForeignCompany();
  GeneratedOrganisation Hub();

  // False when an organisation already has this name (then the caller draws another).
  bool Claim(const std::string& name);
  std::string NewInn(std::string_view tax_code, bool entrepreneur);
  std::string NewOgrn(std::string_view tax_code, int founded, bool entrepreneur);
  std::string NewRegistryNumber();
  const words::Region& AnyRegion();
  std::string_view AnyMarket(Draw& draw);
  // `count` classes at most, starting with `first` when given.
  std::vector<std::string> Classes(Draw& draw, int count, std::string_view first);
  const taxonomy::Class& ClassById(std::string_view id) const;
  std::vector<organisations::Market> Markets(int count, TimePoint entered);
  // Positions of organisations, skewed: a few own many solutions and people, most a handful.
  int64_t SkewedCompany(Draw& draw) const;

  GeneratorOptions options_;
  Plan plan_;
  std::vector<taxonomy::Class> classes_;
  Taken taken_;
  Draw organisations_draw_;
  Draw solutions_draw_;
  Draw contacts_draw_;
  std::vector<int> market_weights_;
  std::vector<int> region_weights_;
  std::vector<int> legal_form_weights_;

  int64_t generated_ = 0;  // organisations so far
  std::unordered_set<std::string> names_;
  // Per organisation, by position - 1: its mail domain, its language, its first sector.
  std::vector<std::string> domains_;
  std::vector<std::string_view> languages_;
  std::vector<std::string> main_sectors_;
  std::unordered_map<int64_t, std::unordered_set<std::string>> emails_;  // by position
  std::vector<int64_t> large_companies_;  // positions of large domestic companies: parents
};

}  // namespace attache::app
