# bash completion for tenantdesk-cli                                -*- shell-script -*-
# Commands and options as listed by `tenantdesk-cli --help` and each command's usage; the packaging test
# checks that every command of --help is known here.

_tenantdesk_cli_profiles()
{
    # "* name  tenant  method" per profile; the first column marks the current one.
    "${1:-tenantdesk-cli}" profile list 2>/dev/null | cut -c3- | awk '{ print $1 }'
}

_tenantdesk_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="profile login logout whoami auth sync users snapshot graph"
    local global_options="--help --help-all --version --profile --verbose"

    # Find the command: the first word that is not an option or the value of --profile.
    local i command="" command_index=0
    for ((i = 1; i < cword; i++)); do
        case "${words[i]}" in
            --profile) ((i++)) ;;
            -*) ;;
            *)
                command="${words[i]}"
                command_index=$i
                break
                ;;
        esac
    done

    if [[ $prev == --profile ]]; then
        COMPREPLY=($(compgen -W "$(_tenantdesk_cli_profiles "${words[0]}")" -- "$cur"))
        return
    fi
    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$global_options" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local sub="${words[command_index + 1]}"
    local position=$((cword - command_index))
    case "$command" in
        profile)
            if ((position == 1)); then
                COMPREPLY=($(compgen -W "add list show remove use" -- "$cur"))
                return
            fi
            case "$prev" in
                --method)
                    COMPREPLY=($(compgen -W "browser device-code client-secret client-certificate" -- "$cur"))
                    return
                    ;;
                --certificate | --trusted-certificate | --from-sandbox)
                    _filedir
                    return
                    ;;
                --tenant | --client-id | --authority | --graph-url | --exchange-url | --app-client-id)
                    return
                    ;;
            esac
            case "$sub" in
                add)
                    [[ $cur == -* ]] && COMPREPLY=($(compgen -W "--tenant --client-id --method --authority
                        --graph-url --exchange-url --app-client-id --certificate --trusted-certificate
                        --from-sandbox" -- "$cur"))
                    ;;
                list) COMPREPLY=($(compgen -W "--json" -- "$cur")) ;;
                show)
                    if [[ $cur == -* ]]; then
                        COMPREPLY=($(compgen -W "--json" -- "$cur"))
                    else
                        COMPREPLY=($(compgen -W "$(_tenantdesk_cli_profiles "${words[0]}")" -- "$cur"))
                    fi
                    ;;
                remove | use)
                    ((position == 2)) &&
                        COMPREPLY=($(compgen -W "$(_tenantdesk_cli_profiles "${words[0]}")" -- "$cur"))
                    ;;
            esac
            ;;
        login)
            case "$prev" in
                --certificate) _filedir; return ;;
                --client-secret-env) COMPREPLY=($(compgen -v -- "$cur")); return ;;
            esac
            COMPREPLY=($(compgen -W "--browser --device-code --client-secret-env --certificate" -- "$cur"))
            ;;
        logout) COMPREPLY=($(compgen -W "--delete-snapshot" -- "$cur")) ;;
        whoami) COMPREPLY=($(compgen -W "--json" -- "$cur")) ;;
        auth)
            if ((position == 1)); then
                COMPREPLY=($(compgen -W "export-msal-cache import-msal-cache" -- "$cur"))
            else
                _filedir
            fi
            ;;
        sync)
            [[ $prev == --parallel ]] && return
            COMPREPLY=($(compgen -W "--full --json --parallel" -- "$cur"))
            ;;
        users)
            if ((position == 1)); then
                COMPREPLY=($(compgen -W "list" -- "$cur"))
            else
                [[ $prev == --filter || $prev == --school ]] && return
                COMPREPLY=($(compgen -W "--filter --school --json --csv" -- "$cur"))
            fi
            ;;
        snapshot)
            if ((position == 1)); then
                COMPREPLY=($(compgen -W "list diff" -- "$cur"))
            else
                [[ $prev == --school ]] && return
                [[ $cur == -* ]] && COMPREPLY=($(compgen -W "--json --school" -- "$cur"))
            fi
            ;;
        graph)
            if ((position == 1)); then
                COMPREPLY=($(compgen -W "GET POST PATCH PUT DELETE" -- "$cur"))
            else
                case "$prev" in
                    --body)
                        [[ $cur == @* ]] && { cur=${cur#@}; _filedir; COMPREPLY=("${COMPREPLY[@]/#/@}"); }
                        return
                        ;;
                    --header) return ;;
                esac
                [[ $cur == -* ]] && COMPREPLY=($(compgen -W "--body --header --all" -- "$cur"))
            fi
            ;;
    esac
} &&
    complete -F _tenantdesk_cli tenantdesk-cli

# ex: filetype=sh
