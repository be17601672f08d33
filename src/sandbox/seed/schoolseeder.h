#pragma once

class SeedContext;

// Seeds the organisation itself and its schools: tenant id and domains, the organization object,
// the authorization policy, and one administrative unit (with its own mail domain) per school.
// The educationSchool extras are filled later, by fillEducationSchools(), once the people exist.
class SchoolSeeder
{
public:
    explicit SchoolSeeder(SeedContext &context) : m_context(context) {}

    void seedOrganisation();
    void seedSchools();
    void fillEducationSchools();

private:
    SeedContext &m_context;
};
