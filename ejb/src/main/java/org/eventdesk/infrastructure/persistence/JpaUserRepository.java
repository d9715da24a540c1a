package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.eventdesk.domain.user.ApiToken;
import org.eventdesk.domain.user.DeskUser;
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

    @Override
    public Optional<DeskUser> findByUsername(String username) {
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
}
