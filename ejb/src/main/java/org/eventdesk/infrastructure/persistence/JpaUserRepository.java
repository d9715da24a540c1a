package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.user.ApiToken;
import org.eventdesk.domain.user.DeskUser;
import org.eventdesk.domain.user.Role;
import org.eventdesk.domain.user.TokenQuery;
import org.eventdesk.domain.user.UserQuery;
import org.eventdesk.domain.user.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {
    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Override
    public DeskUser store(DeskUser user) {
        em.persist(user);
        return user;
    }

    @Override
    public Optional<DeskUser> find(long id) {
        return Optional.ofNullable(em.find(DeskUser.class, id));
    }

    /**
     * {@code select ... for update}: concurrent logins wait for the row instead of failing on its version. A query,
     * not {@code em.find}: find joins the account to its roles (an eager collection), PostgreSQL cannot lock the
     * nullable side of an outer join, and so Hibernate read the row first and locked it in a second select that
     * checked the version it had read (follow-on locking). A login that committed in between made the waiting one
     * fail. This query reads and locks the account's row alone, in one statement; the roles follow in a select of
     * their own, under the lock.
     */
    @Override
    public Optional<DeskUser> findForUpdate(long id) {
        return em
                .createQuery("select u from DeskUser u where u.id = :id", DeskUser.class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Optional<DeskUser> findByUsername(String username) {
        // What anyone types at the login screen arrives here: a name no account can have is not looked up (a NUL
        // character would make PostgreSQL refuse the query itself).
        if (username != null && Validation.textProblem(username, DeskUser.MAX_USERNAME) != null) {
            return Optional.empty();
        }
        return em.createQuery("select u from DeskUser u where u.username = :name", DeskUser.class)
                .setParameter("name", username == null ? "" : username.strip().toLowerCase())
                .getResultStream()
                .findFirst();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from DeskUser u", Long.class).getSingleResult();
    }

    @Override
    public ApiToken store(ApiToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public Optional<ApiToken> findTokenByHash(String tokenHash) {
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<DeskUser> list(UserQuery query, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select u from DeskUser u where 1 = 1");
        if (query.text() != null) {
            jpql.append(" and (u.username like :text escape '\\' or lower(u.displayName) like :text escape '\\')");
        }
        if (query.role() != null) {
            jpql.append(" and :role member of u.roles");
        }
        if (query.enabled() != null) {
            jpql.append(" and u.enabled = :enabled");
        }
        jpql.append(" order by u.username");
        TypedQuery<DeskUser> q = em.createQuery(jpql.toString(), DeskUser.class);
        if (query.text() != null) {
            q.setParameter("text", "%" + likeEscaped(query.text()) + "%");
        }
        if (query.role() != null) {
            q.setParameter("role", query.role());
        }
        if (query.enabled() != null) {
            q.setParameter("enabled", query.enabled());
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countEnabledAdmins() {
        return em.createQuery(
                        "select count(u) from DeskUser u where u.enabled = true and :admin member of u.roles",
                        Long.class)
                .setParameter("admin", Role.ADMIN)
                .getSingleResult();
    }

    @Override
    public Optional<ApiToken> findToken(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    /** Ordered as the indexes on (created_at desc, id desc) and (owner_id, created_at desc, id desc) read. */
    @Override
    public List<ApiToken> tokens(TokenQuery query, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select t from ApiToken t join fetch t.owner where 1 = 1");
        if (query.owner() != null) {
            jpql.append(" and t.owner.username = :owner");
        }
        if (!query.includeRevoked()) {
            jpql.append(" and t.revokedAt is null");
        }
        jpql.append(
                query.owner() != null
                        ? " order by t.owner.id, t.createdAt desc, t.id desc"
                        : " order by t.createdAt desc, t.id desc");
        TypedQuery<ApiToken> q = em.createQuery(jpql.toString(), ApiToken.class);
        if (query.owner() != null) {
            q.setParameter("owner", query.owner());
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
